-- A comparison's report is now kept as its content ('content/1', 'content/2', ...) with the
-- page's title ('title'); the site puts it in the layout of every page, with its own header,
-- when it serves it. The whole pages kept before ('html/N') would need the site's header
-- spliced into them, so they and the Markdown kept beside them are dropped here: a comparison
-- without renderings gets them on its first request, as those stored before V3 do (the page
-- then names the engine that rendered it). The results themselves are not touched.
DELETE FROM rendering;
