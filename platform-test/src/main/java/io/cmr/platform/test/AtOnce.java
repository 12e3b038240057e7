package io.cmr.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs {@code n} calls on their own threads, released together by one latch so that they really contend. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The calls' results in call order; {@code call} gets its index. A failed or stuck call fails the test. */
    public static <R> List<R> run(int n, IntFunction<R> call) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new AssertionError("A concurrent call failed", ex);
        }
        finally {
            threads.shutdownNow();
        }
    }
}
