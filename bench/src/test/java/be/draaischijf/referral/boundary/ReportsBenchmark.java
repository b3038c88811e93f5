package be.draaischijf.referral.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.referral.control.DemoCases;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The reports at 100 000 cases (issue 17, ADR 0046): the referral module's report calls, each for a one-year period,
 * timed in the process on a database with that many cases, on PostgreSQL (Zonky's embedded server, loopback) and on
 * the embedded H2 default (a file database, as the application runs it). The cases are the demo generator's
 * ({@code DemoCases}: four years of cases; a year holds about a quarter), with their referrals to offers and unmet
 * needs. Each report runs {@code bench.rounds} times after three warm-up rounds; the table gives the median, the 95th
 * percentile, the slowest, and the bytes the call allocated on its thread (median), which shows no report loads the
 * cases it counts. No HTTP, no application server: the figures are the module's queries and their mapping.
 * <pre>
 * mvn -q install -DskipTests -pl bench -am
 * mvn -pl bench exec:java -Dexec.classpathScope=test -Dexec.mainClass=be.draaischijf.referral.boundary.ReportsBenchmark \
 *     [-Dbench.cases=100000] [-Dbench.rounds=20] [-Dbench.database=POSTGRESQL|H2]
 * </pre>
 */
public final class ReportsBenchmark {

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 20);
        String only = System.getProperty("bench.database", "");
        for (TestDatabase kind : TestDatabase.values()) {
            if (!only.isEmpty() && !kind.name().equalsIgnoreCase(only)) {
                continue;
            }
            DataSource ds = kind == TestDatabase.H2 ? h2File() : kind.create();
            new ModuleSchema("referral", ReportsBenchmark.class.getClassLoader()).migrate(ds, false);
            long started = System.nanoTime();
            try (Connection connection = ds.getConnection()) {
                for (int done = 0; done < cases; done += 10_000) {
                    DemoCases.insert(connection, Math.min(10_000, cases - done), LocalDate.now(), new Random(done + 17L));
                }
                if (kind == TestDatabase.POSTGRESQL) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("analyze");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d cases inserted in %.0f s%n", kind, cases, (System.nanoTime() - started) / 1e9);
            try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", ds)) {
                run(kind, emf, rounds);
            }
        }
    }

    private static void run(TestDatabase kind, EntityManagerFactory emf, int rounds) {
        LocalDate until = LocalDate.now().withDayOfMonth(1);
        ReportPeriod year = new ReportPeriod(until.minusYears(1), until, null);
        Map<String, Function<CaseReportsBean, Object>> reports = new LinkedHashMap<>();
        for (ReportGrouping grouping : ReportGrouping.values()) {
            reports.put("referrals?groupBy=" + grouping.param(), bean -> bean.referrals(year, grouping));
        }
        reports.put("referrals?groupBy=district&contactPoint=Netsterk Kiel",
                bean -> bean.referrals(new ReportPeriod(year.from(), year.until(), DemoCases.NETSTERK_KIEL), ReportGrouping.DISTRICT));
        reports.put("lead-times", bean -> bean.leadTimes(year));
        reports.put("offer-referrals", bean -> bean.offerReferrals(year));
        reports.put("conferences", bean -> bean.conferences(year));
        reports.put("capacity-gap", bean -> bean.capacityGap(year));
        reports.put("capacity-gap/cases", bean -> bean.capacityGapCases(year));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.println();
        System.out.println("| " + kind + " | p50 ms | p95 ms | max ms | allocated (median) | result |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, Function<CaseReportsBean, Object>> report : reports.entrySet()) {
            List<Double> millis = new ArrayList<>();
            List<Long> bytes = new ArrayList<>();
            Object result = null;
            for (int round = -3; round < rounds; round++) {
                EntityManager em = emf.createEntityManager();
                try {
                    CaseReportsBean bean = new CaseReportsBean();
                    bean.em = em;
                    bean.clock = Clock.systemDefaultZone();
                    long allocated = threads.getCurrentThreadAllocatedBytes();
                    long start = System.nanoTime();
                    result = report.getValue().apply(bean);
                    long took = System.nanoTime() - start;
                    if (round >= 0) {
                        millis.add(took / 1e6);
                        bytes.add(threads.getCurrentThreadAllocatedBytes() - allocated);
                    }
                } finally {
                    em.close();
                }
            }
            millis.sort(null);
            bytes.sort(null);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %s |%n", report.getKey(),
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(0.95 * millis.size()) - 1),
                    millis.get(millis.size() - 1), kib(bytes.get(bytes.size() / 2)), describe(result));
        }
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024d);
    }

    private static String describe(Object result) {
        return result instanceof List<?> list ? list.size() + " rows" : result.getClass().getSimpleName();
    }

    /** The embedded default's kind of database: an H2 file (in the build's folder), PostgreSQL mode. */
    private static DataSource h2File() {
        Path file = Path.of("target", "reports-benchmark", "h2-" + ProcessHandle.current().pid()).toAbsolutePath();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        return ds;
    }
}
