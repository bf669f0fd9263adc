/**
 * The one facade that the web pages, the HTTP API and the command line share: read
 * statements, compare them, write reports. Nothing in {@code web} or {@code cli} calls the core
 * directly, so both behave the same way for the same input.
 */
package org.readoutdiff.service;
