package org.readoutdiff.cli;

import org.readoutdiff.compare.ComparisonEngine;
import picocli.CommandLine;

/** {@code --version}: the comparison engine's version, which stored results record too. */
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"readout-diff " + ComparisonEngine.VERSION};
    }
}
