package org.readoutdiff.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The type-checked Qute pages in src/main/resources/templates (HTML: every value is escaped). */
@CheckedTemplate
final class Pages {

    private Pages() {
    }

    static native TemplateInstance home(Views.Home home);

    static native TemplateInstance library(Views.Library library);

    static native TemplateInstance statement(Views.StatementPage page);

    static native TemplateInstance error(Views.Problem problem);

    static native TemplateInstance job(Views.JobPage job);

    static native TemplateInstance reportHeader(Views.ReportHeader header);

    static native TemplateInstance seriesForm(Views.SeriesForm form);

    static native TemplateInstance seriesHeader(Views.SeriesHeader header);

    static native TemplateInstance watches(WatchViews.Listing page);

    static native TemplateInstance watch(WatchViews.Page page);

    static native TemplateInstance citation(WatchViews.Citation page);

    static native TemplateInstance watchFeed(WatchViews.Feed feed);

    static native TemplateInstance publishing(Views.PublishingPage page);

    static native TemplateInstance login(AccountViews.Login login);

    static native TemplateInstance tokens(AccountViews.Tokens page);
}
