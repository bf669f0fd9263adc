/**
 * The web service: Qute pages (upload form, statement library, statement page, errors), the
 * permalinked comparison reports, the watches (their pages, version timeline, Atom feeds,
 * WARC downloads and a version's sentence-by-sentence citation page), and the JSON API under /api. Everything goes through the
 * service facades; nothing here imports the core engine, the storage or the command line.
 * Every response carries the security headers of {@link org.readoutdiff.web.SecurityHeaders};
 * every request that changes something must come from the site's own pages or from a program
 * that is not a browser, and say its Content-Type ({@link org.readoutdiff.web.RequestOrigin}).
 * Pages write every value through render's {@code HtmlText} ({@link org.readoutdiff.web.PageText}),
 * as the reports do: escaped, invisible characters shown.
 */
package org.readoutdiff.web;
