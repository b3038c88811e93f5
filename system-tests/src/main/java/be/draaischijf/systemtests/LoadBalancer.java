package be.draaischijf.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * nginx from Debian in front of the cluster's instances on 127.0.0.1: round robin for new visitors and anonymous calls,
 * a browser's session kept to its instance by a cookie of nginx's own (see {@link #configuration}), passive health
 * checks (an instance that refuses connections is passed over for a while and the request goes to the next one). An instance can be taken
 * out and put back ({@link #admit}), as an orchestrator does with an instance that is not ready.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LoadBalancer.class.getName());
    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Path dir;
    private final int port;
    private final List<Integer> upstreams;
    private Process process;

    public LoadBalancer(Path dir, int port, List<Integer> upstreams) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.upstreams = List.copyOf(upstreams);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Every request nginx passed on, one per line (for the tests and the benchmark): "time status seconds upstream-address
     * method uri" (time in seconds since the epoch, with milliseconds; seconds = how long the answer took).
     */
    public Path accessLog() {
        return dir.resolve("access.log");
    }

    public LoadBalancer start() {
        DebianPackages.ensure(NGINX, "nginx");
        stopLeftOver();
        try {
            for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
                Files.createDirectories(dir.resolve(temp));
            }
            Files.deleteIfExists(accessLog());
            Files.writeString(conf(), configuration(Set.of()));
            process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", conf().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start nginx", e);
        }
        PayaraInstall.awaitAnswer(baseUrl() + "/nginx-alive", Duration.ofSeconds(20), status -> status == 204,
                dir.resolve("error.log"));
        LOG.info("nginx on " + baseUrl() + " in front of " + upstreams);
        return this;
    }

    /** An nginx of an interrupted run (its pid file is still there) would keep the port: it stops first. */
    private void stopLeftOver() {
        Path pid = dir.resolve("nginx.pid");
        try {
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                        .filter(p -> p.info().command().map(c -> c.contains("nginx")).orElse(false))
                        .ifPresent(p -> {
                            p.destroy();
                            p.onExit().orTimeout(10, TimeUnit.SECONDS).join();
                        });
                Files.deleteIfExists(pid);
            }
        } catch (IOException | NumberFormatException unreadable) {
            LOG.fine(() -> "No nginx left over: " + unreadable);
        }
    }

    /** The instances on these HTTP ports get no requests until admitted again; nginx reloads without dropping any. */
    public void admitAllBut(Set<Integer> outPorts) {
        try {
            Files.writeString(conf(), configuration(outPorts));
            Set<Long> oldWorkers = workers();
            Process reload = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", conf().toString(),
                    "-s", "reload").redirectErrorStream(true).start();
            if (!reload.waitFor(20, TimeUnit.SECONDS) || reload.exitValue() != 0) {
                throw new IllegalStateException("nginx -s reload failed: "
                        + new String(reload.getInputStream().readAllBytes()));
            }
            // the reload is done once the old workers, which still route by the old list (a browser's open connection
            // among them), have finished and gone: a fixed half second was too short on a busy machine
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                Set<Long> now = workers();
                if (!now.isEmpty() && Collections.disjoint(now, oldWorkers)) {
                    break;
                }
                PayaraInstall.pause(Duration.ofMillis(50));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The worker processes of the running nginx (its master's children). */
    private Set<Long> workers() {
        return process == null ? Set.of()
                : process.children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    public void admit() {
        admitAllBut(Set.of());
    }

    private Path conf() {
        return dir.resolve("nginx.conf");
    }

    /**
     * New visitors and anonymous calls (no route cookie) go round robin over every instance; a browser that has a session
     * keeps to the instance that answered it (a cookie nginx sets only beside a session cookie, {@code draaischijf_route}), and goes to another one
     * only when that one is down or taken out. Payara stores a session in the data grid after the answer has left, so a
     * request that follows an answer at once (a redirect after a POST) could reach another instance before the session
     * is there (seen: a message after a redirect missing); the data grid is for when an instance goes (ADR 0048).
     */
    String configuration(Set<Integer> outPorts) {
        StringBuilder groups = new StringBuilder("    upstream draaischijf {\n");
        for (int upstream : upstreams) {
            groups.append(server(upstream, outPorts, false));
        }
        groups.append("        keepalive 32;\n    }\n");
        StringBuilder routes = new StringBuilder();
        StringBuilder cookies = new StringBuilder();
        for (int i = 0; i < upstreams.size(); i++) {
            groups.append("    upstream draaischijf_").append(i).append(" {\n");
            groups.append(server(upstreams.get(i), outPorts, false));
            for (int j = 0; j < upstreams.size(); j++) {
                if (j != i) {
                    groups.append(server(upstreams.get(j), outPorts, true));
                }
            }
            groups.append("        keepalive 16;\n    }\n");
            routes.append("        ").append(i).append(" draaischijf_").append(i).append(";\n");
            cookies.append("        \"yes 127.0.0.1:").append(upstreams.get(i)).append("\" \"draaischijf_route=").append(i)
                    .append("; Path=/; HttpOnly; SameSite=Lax\";\n");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        return (root ? "user root;\n" : "") + """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    # the request's id: the caller's X-Request-Id, else nginx's own; passed on and logged (ADR 0053)
                    map $http_x_request_id $draaischijf_request_id {
                        "" $request_id;
                        default $http_x_request_id;
                    }
                    log_format upstream '$msec $status $request_time $upstream_addr $request_method $request_uri $draaischijf_request_id';
                    access_log %1$s/access.log upstream;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 25m;
                    server_tokens off;
                %2$s
                    map $cookie_draaischijf_route $draaischijf_pool {
                        default draaischijf;
                %4$s    }
                    map "$cookie_JSESSIONID$upstream_cookie_JSESSIONID" $draaischijf_session {
                        "" no;
                        default yes;
                    }
                    map "$draaischijf_session $upstream_addr" $draaischijf_route_cookie {
                        default "";
                %5$s    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location = /nginx-alive { access_log off; return 204; }
                        location / {
                            proxy_pass http://$draaischijf_pool;
                            add_header Set-Cookie $draaischijf_route_cookie always;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Request-Id $draaischijf_request_id;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 120s;
                            proxy_next_upstream error timeout http_502 http_504;
                            proxy_next_upstream_tries 2;
                        }
                    }
                }
                """.formatted(dir, groups, port, routes, cookies);
    }

    private static String server(int port, Set<Integer> outPorts, boolean backup) {
        return "        server 127.0.0.1:" + port + " max_fails=1 fail_timeout=10s" + (backup ? " backup" : "")
                + (outPorts.contains(port) ? " down" : "") + ";\n";
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** The HTTP ports of the upstreams, in order. */
    public List<Integer> upstreams() {
        return new ArrayList<>(upstreams);
    }
}
