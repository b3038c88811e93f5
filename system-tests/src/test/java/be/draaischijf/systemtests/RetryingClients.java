package be.draaischijf.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * People's apps in a rush while a server dies (issue 18): each client sends its own POSTs one after the other, each
 * with an {@code Idempotency-Key} of its own, from a loopback address of its own ({@link LoopbackClient}: the
 * per-address limits stay as configured). A request whose connection was lost, or that was answered 502, 503 or 504
 * (a server gone, or not back yet), is sent again with the same key a quarter of a second later, until it is answered
 * 201; any other answer is noted as unexpected. Once {@code faultAfter} requests were acknowledged, the client that
 * saw it runs the fault (a {@code kill -9}) once, mid-rush. While {@code serving} says no, clients wait before they
 * send, as they would behind a load balancer that has no server to send them to.
 */
final class RetryingClients {

    /** A POST of a client: its path, its JSON and its {@code Authorization} header (null: none). */
    record Post(String path, String body, String authorization) {
    }

    /** A POST answered 201, with its answer. */
    record Ack(Post post, JsonObject answer) {
    }

    /** What the rush came to. */
    record Outcome(List<Ack> acks, List<String> unexpected, int retries, int acknowledgedAtFault) {
    }

    /** How long a request is retried at most (a single server's restart included). */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private RetryingClients() {
    }

    static Outcome run(List<List<Post>> perClient, int faultAfter, Runnable fault, BooleanSupplier serving)
            throws Exception {
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicBoolean faulted = new AtomicBoolean();
        AtomicInteger acknowledgedAtFault = new AtomicInteger(-1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(perClient.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < perClient.size(); c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    go.await();
                    for (Post post : perClient.get(client)) {
                        String key = UUID.randomUUID().toString();
                        long until = System.nanoTime() + PATIENCE.toNanos();
                        while (true) {
                            while (!serving.getAsBoolean() && System.nanoTime() < until) {
                                PayaraInstall.pause(Duration.ofMillis(100));
                            }
                            LoopbackClient.Response response;
                            try {
                                response = LoopbackClient.postJson(LoopbackClient.address(client), post.path(), post.body(),
                                        key, post.authorization());
                            } catch (UncheckedIOException lostConnection) {
                                response = null;
                            }
                            if (response != null && response.status() == 201) {
                                acks.add(new Ack(post, Json.createReader(new StringReader(response.body())).readObject()));
                                break;
                            }
                            boolean retryable = response == null || response.status() == 502
                                    || response.status() == 503 || response.status() == 504;
                            if (!retryable || System.nanoTime() > until) {
                                unexpected.add(post.path() + " " + post.body() + ": "
                                        + (response == null ? "no answer" : response.status() + " " + response.body()));
                                break;
                            }
                            retries.incrementAndGet();
                            PayaraInstall.pause(Duration.ofMillis(250));
                        }
                        if (acks.size() >= faultAfter && faulted.compareAndSet(false, true)) {
                            acknowledgedAtFault.set(acks.size());
                            fault.run();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Outcome(List.copyOf(acks), List.copyOf(unexpected), retries.get(), acknowledgedAtFault.get());
    }
}
