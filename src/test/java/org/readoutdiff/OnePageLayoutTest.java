package org.readoutdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page readout-diff writes, the site's and the reports', has one layout:
 * {@code templates/layout.html} is the only template that opens a document, and the two
 * families of pages reach it through their own layer of slots ({@code templates/base.html} for
 * the site, {@code render/page.html} for the reports), which every page includes.
 */
class OnePageLayoutTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path LAYOUT = RESOURCES.resolve("templates/layout.html");
    private static final Pattern DOCUMENT = Pattern.compile("(?i)<!DOCTYPE|<html[\\s>]|<head[\\s>]|<body[\\s>]");

    @Test
    void onlyTheLayoutOpensADocument() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> documents = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> DOCUMENT.matcher(read(f)).find()).toList();
            assertEquals(List.of(LAYOUT), documents);
        }
    }

    @Test
    void everyPageFillsTheLayoutThroughItsFamilysSlots() throws IOException {
        assertTrue(read(RESOURCES.resolve("templates/base.html")).startsWith("{#include layout}"));
        assertTrue(read(RESOURCES.resolve("org/readoutdiff/render/page.html")).startsWith("{#include layout}"));
        for (String page : List.of("report.html", "series.html", "index.html", "served.html")) {
            assertTrue(read(RESOURCES.resolve("org/readoutdiff/render/" + page)).startsWith("{#include page}"), page);
        }
        try (Stream<Path> files = Files.list(RESOURCES.resolve("templates"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !List.of("layout.html", "base.html", "reportHeader.html", "seriesHeader.html")
                            .contains(f.getFileName().toString()))
                    .toList();
            assertTrue(pages.size() >= 10, "the site's pages: " + pages);
            for (Path page : pages) {
                assertTrue(read(page).startsWith("{#include base}"), page + " fills the site's slots");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
