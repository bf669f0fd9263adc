/**
 * The web service: Qute pages (upload form, statement library, statement page, errors), the
 * permalinked comparison reports, and the JSON API under /api. Everything goes through the
 * service facades; nothing here imports the core engine, the storage or the command line.
 * Every response carries the security headers of {@link org.readoutdiff.web.SecurityHeaders}.
 */
package org.readoutdiff.web;
