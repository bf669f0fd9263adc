/**
 * HTML from report view models, through Qute templates kept next to this package's classes
 * as resources. The engine is Qute's standalone engine with HTML escaping of every expression:
 * statement text is untrusted and is never written {@code raw}. Markup lives only in the
 * templates.
 */
package org.readoutdiff.render;
