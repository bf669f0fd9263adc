package org.readoutdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's and {@code docs/}'s relative links lead somewhere: every linked file exists, and
 * every {@code #anchor} is a heading of the page it points into (named as GitHub names them).
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : DocsCommands.documents()) {
            String text = withoutCodeBlocks(Files.readString(document, StandardCharsets.UTF_8));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path linked = file.isEmpty() ? document : document.resolveSibling(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(document + ": " + target + ": no such file");
                } else if (hash >= 0 && !anchors(linked).contains(target.substring(hash + 1))) {
                    broken.add(document + ": " + target + ": no such heading in " + linked);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(links > 30, "links found: " + links);
    }

    @Test
    void anchorsAreNamedAsGitHubNamesThem() {
        assertEquals("many-comparisons-batch", anchor("Many comparisons: `batch`"));
        assertEquals("the-web-service-and-the-http-api", anchor("The web service and the HTTP API"));
    }

    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher m = HEADING.matcher(withoutCodeBlocks(Files.readString(markdown, StandardCharsets.UTF_8)));
        while (m.find()) {
            anchors.add(anchor(m.group(1)));
        }
        return anchors;
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The text with fenced blocks blanked: a "# comment" in a shell block is no heading. */
    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?ms)^ *```.*?^ *```", "");
    }
}
