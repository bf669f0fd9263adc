package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the heavy work of the web service (reading uploads, comparing, rendering): a fixed
 * number of runs at once, a short queue behind them, and beyond the queue a refusal
 * ({@link Busy}, which the web answers with 503 and Retry-After) instead of more memory and more
 * threads fighting for two cores. Small requests (pages of stored comparisons, lists, health)
 * never pass through here.
 *
 * <p>Sized from the machine unless configured: {@code max(1, min(cores - 1, max heap / 512 MB))}
 * at once, and twice that many waiting, each for at most {@code readout-diff.web.queue-wait}.
 * One core is left to the event loop, the garbage collector and the small requests; and a 1 MB
 * counterparts comparison with its JSON and its rendered report takes a few hundred MB of heap
 * (measured with src/bench/overload.sh: two at once under -Xmx1g ran out of heap before the
 * report was rendered in streamed parts, and took twice as long each as one at a time).
 */
@ApplicationScoped
public class WorkLimit {

    static final long HEAP_PER_RUN = 512L * 1024 * 1024;
    /**
     * A request whose body is at most this long (a pair of readouts is tens of KB) needs a few MB
     * and a few milliseconds: it runs in a lane of its own, so that a newsroom's readout-sized
     * comparisons are neither queued behind 1 MB ones nor refused with them.
     */
    public static final long SMALL_BODY = 256 * 1024;
    /** Small runs at once per core. */
    static final int SMALL_PER_CORE = 4;

    private final int permits;
    private final int queueLength;
    private final Duration queueWait;
    private final Duration retryAfter;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final WorkLimit small;

    @jakarta.inject.Inject
    public WorkLimit(@ConfigProperty(name = "readout-diff.web.concurrent-work", defaultValue = "0") int configured,
                     @ConfigProperty(name = "readout-diff.web.queue-length", defaultValue = "-1") int queueLength,
                     @ConfigProperty(name = "readout-diff.web.queue-wait", defaultValue = "10s") Duration queueWait,
                     @ConfigProperty(name = "readout-diff.web.retry-after", defaultValue = "5s") Duration retryAfter) {
        this.permits = configured > 0 ? configured
                : automatic(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        this.queueLength = queueLength >= 0 ? queueLength : 2 * permits;
        this.queueWait = queueWait;
        this.retryAfter = retryAfter;
        this.running = new Semaphore(permits, true);
        int cores = Runtime.getRuntime().availableProcessors();
        this.small = configured > 0 ? this
                : new WorkLimit(SMALL_PER_CORE * cores, 2 * SMALL_PER_CORE * cores, queueWait, retryAfter, true);
    }

    /** A lane of its own, for small requests. */
    private WorkLimit(int permits, int queueLength, Duration queueWait, Duration retryAfter, boolean smallLane) {
        this.permits = permits;
        this.queueLength = queueLength;
        this.queueWait = queueWait;
        this.retryAfter = retryAfter;
        this.running = new Semaphore(permits, true);
        this.small = this;
    }

    /** The lane for a request with a body of this many bytes (-1: not declared, counted as large). */
    public WorkLimit lane(long bodyLength) {
        return bodyLength >= 0 && bodyLength <= SMALL_BODY ? small : this;
    }

    /** How many runs at once on a machine with these cores and this much heap. */
    public static int automatic(int cores, long maxHeap) {
        long byHeap = maxHeap == Long.MAX_VALUE ? cores : maxHeap / HEAP_PER_RUN;
        return (int) Math.max(1, Math.min(cores - 1, byHeap));
    }

    public int permits() {
        return permits;
    }

    public int queueLength() {
        return queueLength;
    }

    /**
     * Whether a request would be refused now: every run taken and the queue full. A hint for
     * refusing before a large body is read; {@link #call} decides for certain.
     */
    public boolean full() {
        return running.availablePermits() == 0 && waiting.get() >= queueLength;
    }

    /** The message and Retry-After of a refusal. */
    public Busy refusal() {
        return busy();
    }

    /** The heavy work that could not start: the runs and the queue were full. */
    public static final class Busy extends RuntimeException {
        private final long retryAfterSeconds;

        Busy(String message, long retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** When to try again, in seconds (the Retry-After header). */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * Runs {@code work} when a run is free: at once, or after waiting in the queue.
     *
     * @throws Busy when the queue is full, or the wait in it ran out
     */
    public <T> T call(Callable<T> work) throws Exception {
        acquire();
        try {
            return work.call();
        } finally {
            running.release();
        }
    }

    private void acquire() {
        try {
            if (running.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > queueLength) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!running.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private Busy busy() {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new Busy("The service is busy with other comparisons (" + permits + " at a time, " + queueLength
                + " waiting). Please try again in " + seconds + " second" + (seconds == 1 ? "" : "s") + ".", seconds);
    }
}
