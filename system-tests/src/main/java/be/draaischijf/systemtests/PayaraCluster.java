package be.draaischijf.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara Server's own scale-out on one machine, as city IT builds it on several (README, "A cluster"): a domain
 * administration server (DAS) that holds the configuration, a deployment group of instances on loopback whose sessions
 * replicate through Payara's Hazelcast data grid (bound to 127.0.0.1), the EAR deployed to the group with availability
 * enabled, and nginx in front. The database is the caller's (PostgreSQL: H2 cannot be shared by two servers).
 * <p>
 * Ports: the DAS at {@code portBase} (admin +48, HTTP +80), instance {@code i} at {@code portBase + 100 * (i + 1)}
 * (HTTP +80, data grid +90), nginx on {@code lbPort}.
 */
public final class PayaraCluster implements Deployment {

    private static final Logger LOG = Logger.getLogger(PayaraCluster.class.getName());
    static final String DOMAIN = "draaischijf-cluster";
    static final String GROUP = "draaischijf";
    private static final String NODE = "localhost-" + DOMAIN;

    private final PayaraInstall install;
    private final Path ear;
    private final int portBase;
    private final int size;
    private final Map<String, String> environment;
    private final LoadBalancer loadBalancer;
    private boolean domainStarted;
    private boolean jsonLogs;

    public PayaraCluster(Path zip, Path ear, Path work, int portBase, int size, int lbPort,
                         Map<String, String> environment) {
        this.install = new PayaraInstall(zip, work);
        this.ear = ear;
        this.portBase = portBase;
        this.size = size;
        this.environment = Map.copyOf(environment);
        this.loadBalancer = new LoadBalancer(work.resolve("nginx"), lbPort,
                IntStream.range(0, size).mapToObj(this::httpPort).toList());
    }

    /**
     * The instances write their server.log in Payara's JSON format, one object per line, with the application's
     * request and error ids as fields (ADR 0053). Before {@link #start}.
     */
    public PayaraCluster withJsonLogs(boolean json) {
        this.jsonLogs = json;
        return this;
    }

    /** The load balancer's address: what people and the tests use. */
    public String baseUrl() {
        return loadBalancer.baseUrl();
    }

    public LoadBalancer loadBalancer() {
        return loadBalancer;
    }

    public int size() {
        return size;
    }

    public String instanceName(int i) {
        return "instance" + (i + 1);
    }

    public int httpPort(int i) {
        return portBase + 100 * (i + 1) + 80;
    }

    /** One instance's own address, past the load balancer (for tests that must know who answered). */
    public String instanceUrl(int i) {
        return "http://127.0.0.1:" + httpPort(i);
    }

    public Path instanceLog(int i) {
        return install.home().resolve("glassfish/nodes").resolve(NODE).resolve(instanceName(i)).resolve("logs/server.log");
    }

    /** The DAS's data grid port (create-domain puts it at portBase + 49) and each instance's. */
    private String dataGridMembers() {
        StringBuilder members = new StringBuilder("127.0.0.1:" + (portBase + 49));
        for (int i = 0; i < size; i++) {
            members.append(",127.0.0.1:").append(dataGridPort(i));
        }
        return members.toString();
    }

    private int dataGridPort(int i) {
        return portBase + 100 * (i + 1) + 90;
    }

    private int adminPort() {
        return portBase + 48;
    }

    private String[] admin(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--port", Integer.toString(adminPort())));
        all.addAll(List.of(arguments));
        return all.toArray(String[]::new);
    }

    public PayaraCluster start(Duration readyWithin) {
        install.unpack();
        freshDomain();
        install.asadmin(environment, Duration.ofMinutes(3), "start-domain", DOMAIN);
        domainStarted = true;
        // the EJB timer service of an instance has no database of its own (the DAS's embedded one is not shared): the
        // data grid; the application's timers are non-persistent anyway and claim their work in the database (ADR 0048)
        install.asadmin(environment, Duration.ofMinutes(1), admin("set",
                "configs.config.default-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"));
        install.asadmin(environment, Duration.ofMinutes(1), admin("create-deployment-group", GROUP));
        for (int i = 0; i < size; i++) {
            int base = portBase + 100 * (i + 1);
            install.asadmin(environment, Duration.ofMinutes(2), admin("create-instance", "--node", NODE,
                    "--deploymentgroup", GROUP, "--portbase", Integer.toString(base), "--checkports=false",
                    "--systemproperties", "HZ_LISTENER_PORT=" + dataGridPort(i),
                    instanceName(i)));
        }
        if (jsonLogs) {
            for (int i = 0; i < size; i++) {
                install.asadmin(environment, Duration.ofMinutes(1), admin("set-log-file-format", "--target", instanceName(i),
                        PayaraInstall.JSON_LOG_FORMATTER));
            }
        }
        // the application goes to the group with session availability: sessions live in the data grid
        install.asadmin(environment, Duration.ofMinutes(5), admin("deploy", "--target", GROUP,
                "--availabilityenabled=true", "--name", "draaischijf", ear.toAbsolutePath().toString()));
        loadBalancer.start();
        // the instances start together (Flyway's lock in the database lets one migrate; the others find the work done),
        // and nginx admits them once both answer
        loadBalancer.admitAllBut(IntStream.range(0, size).mapToObj(this::httpPort).collect(Collectors.toSet()));
        List<CompletableFuture<Void>> starting = IntStream.range(0, size)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    install.asadmin(environment, Duration.ofMinutes(4), "start-local-instance", "--node", NODE,
                            "--sync", "normal", instanceName(i));
                    awaitReady(i, readyWithin);
                })).toList();
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        loadBalancer.admit();
        return this;
    }

    /** Starts (or restarts) an instance and waits until its application answers; nginx admits it then. */
    public void startInstance(int i, Duration readyWithin) {
        Set<Integer> out = Set.of(httpPort(i));
        loadBalancer.admitAllBut(out);
        install.asadmin(environment, Duration.ofMinutes(4), "start-local-instance", "--node", NODE,
                "--sync", "normal", instanceName(i));
        awaitReady(i, readyWithin);
        loadBalancer.admit();
    }

    /** Readiness and the API of one instance, past the load balancer. */
    public void awaitReady(int i, Duration within) {
        PayaraInstall.awaitAnswer(instanceUrl(i) + "/health/ready", within, status -> status == 200, instanceLog(i));
        PayaraInstall.awaitAnswer(instanceUrl(i) + "/api/partners?size=1", Duration.ofSeconds(60),
                status -> status == 200, instanceLog(i));
    }

    /** {@code kill -9} of an instance's JVM: no shutdown, no goodbye to the data grid; what it held in memory is gone. */
    public void kill(int i) {
        PayaraInstall.killHard(pid(i), instanceName(i));
    }

    public long pid(int i) {
        return PayaraInstall.pid(install.home().resolve("glassfish/nodes").resolve(NODE).resolve(instanceName(i))
                .resolve("config/pid"), instanceName(i));
    }

    private void freshDomain() {
        if (Files.exists(install.domainDir(DOMAIN).resolve("config/domain.xml"))) {
            stopEverything();
        }
        PayaraInstall.deleteRecursively(install.domainDir(DOMAIN));
        PayaraInstall.deleteRecursively(install.home().resolve("glassfish/nodes").resolve(NODE));
        install.asadmin(environment, Duration.ofMinutes(3), "create-domain", "--nopassword=true", "--portbase",
                Integer.toString(portBase), "--checkports=false", DOMAIN);
        Path domainXml = install.domainDir(DOMAIN).resolve("config/domain.xml");
        try {
            String xml = ProductHeaders.off(LoopbackDomain.bindToLoopback(Files.readString(domainXml)));
            // the data grid: its members found by TCP/IP on loopback (the DAS and every instance on a port of its own),
            // never by multicast; city IT lists its hosts the same way (README)
            xml = xml.replace("<hazelcast-runtime-configuration ", "<hazelcast-runtime-configuration discovery-mode=\"tcpip\""
                    + " tcpip-members=\"" + dataGridMembers() + "\" ");
            // the instances' template (default-config): the same loopback-only data grid, more heap, no product name
            int template = xml.indexOf("<config name=\"default-config\"");
            String head = xml.substring(0, template);
            String tail = xml.substring(template).replaceFirst("<jvm-options>-Xmx512m</jvm-options>",
                    Matcher.quoteReplacement("<jvm-options>-Xmx1g</jvm-options>"
                            + "<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>"
                            + ProductHeaders.NO_PRODUCT_NAME));
            Files.writeString(domainXml, head + tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Instances of an interrupted run (by their pid files), then the DAS if it still answers. */
    private void stopEverything() {
        for (int i = 0; i < size; i++) {
            try {
                long pid = pid(i);
                ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                        .ifPresent(ProcessHandle::destroyForcibly);
            } catch (UncheckedIOException | NumberFormatException noInstance) {
                // never started
            }
        }
        if (PayaraInstall.listening(adminPort())) {
            try {
                install.asadmin(environment, Duration.ofMinutes(2), "stop-domain", DOMAIN);
            } catch (RuntimeException notRunning) {
                LOG.fine(() -> "No DAS to stop: " + notRunning.getMessage());
            }
        }
    }

    @Override
    public void close() {
        loadBalancer.close();
        if (domainStarted) {
            domainStarted = false;
            // the instances stop together (SIGTERM: Payara's own shutdown), then the DAS
            List<ProcessHandle> stopping = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                try {
                    ProcessHandle.of(pid(i)).ifPresent(instance -> {
                        instance.destroy();
                        stopping.add(instance);
                    });
                } catch (UncheckedIOException | NumberFormatException notStarted) {
                    LOG.fine(() -> "No instance to stop: " + notStarted.getMessage());
                }
            }
            for (ProcessHandle instance : stopping) {
                try {
                    instance.onExit().get(60, TimeUnit.SECONDS);
                } catch (Exception slow) {
                    instance.destroyForcibly();
                }
            }
            try {
                install.asadmin(environment, Duration.ofMinutes(2), "stop-domain", DOMAIN);
            } catch (RuntimeException e) {
                LOG.warning("Stopping the DAS: " + e.getMessage());
            }
        }
    }
}
