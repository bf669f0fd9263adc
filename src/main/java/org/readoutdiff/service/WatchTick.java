package org.readoutdiff.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The scheduler's tick (quarkus-scheduler, every {@code readout-diff.watch.tick}; {@code off}
 * turns it off, as the command line and the tests do). It keeps no schedule of its own: each tick
 * asks the database which watches are due and claims each before checking it, so a restart
 * catches up with every watch that fell due while the service was down, once, and replicas
 * sharing one PostgreSQL never check a watch twice. Then it sends the webhooks that are due.
 */
@ApplicationScoped
public class WatchTick {

    private static final Logger LOG = Logger.getLogger(WatchTick.class);

    private final Watches watches;

    public WatchTick(Watches watches) {
        this.watches = watches;
    }

    @Scheduled(identity = "readout-diff-watch-tick", every = "${readout-diff.watch.tick}",
            delayed = "${readout-diff.watch.first-tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            watches.checkMany(false);
            watches.deliverDueWebhooks();
        } catch (RuntimeException e) {
            LOG.error("the watch tick failed; the next tick tries again", e);
        }
    }
}
