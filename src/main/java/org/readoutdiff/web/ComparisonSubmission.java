package org.readoutdiff.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementUpload;

/**
 * The heavy part of a comparison request, under the work limit ({@link HeavyWork}): reading the
 * uploads and comparing, or queuing a job. A bean of its own, so that the request's wait for a
 * job's result ({@link ComparisonApi}) holds no place in the work limit: the job runs in a
 * worker of whichever replica claims it.
 */
@ApplicationScoped
public class ComparisonSubmission {

    private final StatementLibrary library;

    public ComparisonSubmission(StatementLibrary library) {
        this.library = library;
    }

    /** The upload form's two statements (each pasted or a file), checked and read here. */
    @HeavyWork
    public StatementLibrary.Outcome submit(ComparisonForm form) throws InputProblem {
        StatementUpload left = Uploads.of("left statement", form.leftText, form.leftFile, form.leftLabel,
                form.leftMetadata(), library.rules());
        StatementUpload right = Uploads.of("right statement", form.rightText, form.rightFile, form.rightLabel,
                form.rightMetadata(), library.rules());
        return library.compareOrQueue(ComparisonSide.upload(left), ComparisonSide.upload(right),
                Options.of(form.mode, Options.checked(form.ignoreCase)), StatementLibrary.Queue.IF_HEAVY);
    }

    @HeavyWork
    public StatementLibrary.Outcome submit(ComparisonSide left, ComparisonSide right, ComparisonOptions options,
                                           StatementLibrary.Queue queue) throws InputProblem {
        return library.compareOrQueue(left, right, options, queue);
    }
}
