package org.readoutdiff.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one Content-Security-Policy of everything readout-diff shows in a browser: the site's
 * pages, the report and set report pages it serves, and the standalone report files (which
 * state it in a {@code <meta>}). One list of directives with three variable sources:
 *
 * <ul>
 *   <li>no script anywhere, nothing loaded from elsewhere, no {@code <base>};</li>
 *   <li>styles: the site's pages use their style sheet {@code /site.css} ({@code 'self'}); a
 *       self-contained page only its own {@code <style>} element, named by its SHA-256 hash
 *       (so neither inline {@code style} attributes nor injected style elements apply);</li>
 *   <li>forms post only to the site ({@code 'self'}), and self-contained pages have none;</li>
 *   <li>as an HTTP header it also forbids framing ({@code frame-ancestors}), which a
 *       {@code <meta>} policy cannot say (browsers ignore it there and log a warning).</li>
 * </ul>
 */
public final class ContentSecurityPolicy {

    private static final String SELF = "'self'";
    private static final String NONE = "'none'";
    private static final String NO_FRAMES = "; frame-ancestors 'none'";

    /** The header of the site's own pages (forms, library, statement pages, errors). */
    public static final String SITE_PAGES = directives(SELF, SELF, SELF) + NO_FRAMES;

    private ContentSecurityPolicy() {
    }

    /**
     * The header for serving a self-contained page (report, series report) from the site: the
     * policy its {@code <meta>} states, plus no framing.
     */
    public static String forServedPage(String metaPolicy) {
        return metaPolicy + NO_FRAMES;
    }

    /** The {@code <meta>} policy of a self-contained page whose one style element has this CSP hash. */
    static String forStyle(String styleHash) {
        return directives("'" + styleHash + "'", NONE, NONE);
    }

    /** The CSP source of a style element's text: {@code sha256-} and the base64 of its SHA-256 digest. */
    static String hash(String styleText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(styleText.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String directives(String styles, String images, String forms) {
        return "default-src 'none'; script-src 'none'; style-src " + styles + "; img-src " + images
                + "; base-uri 'none'; form-action " + forms;
    }
}
