package org.readoutdiff.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;

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

    @HeavyWork
    public StatementLibrary.Outcome submit(ComparisonSide left, ComparisonSide right, ComparisonOptions options,
                                           StatementLibrary.Queue queue) throws InputProblem {
        return library.compareOrQueue(left, right, options, queue);
    }
}
