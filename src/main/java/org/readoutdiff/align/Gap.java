package org.readoutdiff.align;

/** Sentences {@code [leftStart, leftEnd)} and {@code [rightStart, rightEnd)} between two anchors. */
record Gap(int leftStart, int leftEnd, int rightStart, int rightEnd) {

    int leftSize() {
        return leftEnd - leftStart;
    }

    int rightSize() {
        return rightEnd - rightStart;
    }
}
