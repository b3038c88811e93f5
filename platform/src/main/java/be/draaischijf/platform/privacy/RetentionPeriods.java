package be.draaischijf.platform.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The retention period in force per kind: what an administrator set on /beheer/bewaartermijnen (the platform's
 * {@code retention_setting} table), else MicroProfile Config ({@code draaischijf.retention.<key>}, environment variable
 * {@code DRAAISCHIJF_RETENTION_<KEY>}), else the default. Audit entries always follow closed cases. Periods run from
 * 1 day to 30 years. A plain class over the application's one datasource, so that every module reads the same value.
 */
public final class RetentionPeriods {

    /** The shortest and the longest period anyone can set. */
    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(30);

    /** Where a period in force comes from. */
    public enum Source { DEFAULT, CONFIGURATION, ADMINISTRATOR }

    /** The period in force for one kind, where it comes from, and who set it last on /beheer (if anyone). */
    public record Setting(RetentionKind kind, Period period, Source source, String changedBy, Instant changedAt) {
    }

    private final DataSource dataSource;

    public RetentionPeriods(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every kind's period in force, in the enum's order. */
    public Map<RetentionKind, Setting> all() {
        Map<RetentionKind, Setting> settings = new EnumMap<>(RetentionKind.class);
        Map<RetentionKind, Setting> stored = stored();
        for (RetentionKind kind : RetentionKind.values()) {
            RetentionKind source = kind == RetentionKind.AUDIT_ENTRIES ? RetentionKind.CLOSED_CASES : kind;
            Setting setting = Optional.ofNullable(stored.get(source)).orElseGet(() -> configured(source));
            settings.put(kind, new Setting(kind, setting.period(), setting.source(), setting.changedBy(), setting.changedAt()));
        }
        return settings;
    }

    public Period of(RetentionKind kind) {
        return all().get(kind).period();
    }

    /**
     * An administrator sets a kind's period; {@code null} returns it to the configuration. Refuses a kind that is not
     * configurable and a period outside {@link #SHORTEST}..{@link #LONGEST} with {@link IllegalArgumentException}.
     */
    public void change(RetentionKind kind, Period period, String by, Instant at) {
        if (!kind.configurable()) {
            throw new IllegalArgumentException(kind + " follows the period of closed cases");
        }
        if (period != null && !within(period)) {
            throw new IllegalArgumentException(period + " is not between " + SHORTEST + " and " + LONGEST);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from retention_setting where kind = ?")) {
                delete.setString(1, kind.name());
                delete.executeUpdate();
            }
            if (period != null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into retention_setting (kind, period, changed_by, changed_at) values (?, ?, ?, ?)")) {
                    insert.setString(1, kind.name());
                    insert.setString(2, period.toString());
                    insert.setString(3, by);
                    insert.setTimestamp(4, Timestamp.from(at));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention_setting could not be written", e);
        }
    }

    /** Whether a period lies between a day and thirty years (comparing them as days, a year as 365). */
    public static boolean within(Period period) {
        long days = approximateDays(period);
        return !period.isNegative() && days >= approximateDays(SHORTEST) && days <= approximateDays(LONGEST);
    }

    private static long approximateDays(Period period) {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }

    private static Setting configured(RetentionKind kind) {
        Optional<String> value = configured(kind.configKey());
        if (value.isPresent()) {
            try {
                Period period = Period.parse(value.get().strip());
                if (within(period)) {
                    return new Setting(kind, period, Source.CONFIGURATION, null, null);
                }
            } catch (DateTimeParseException e) {
                // an unreadable setting falls back to the default (the health check of the web module reports it)
            }
        }
        return new Setting(kind, kind.defaultPeriod(), Source.DEFAULT, null, null);
    }

    /** A setting's text; none where no MicroProfile Config implementation is present (the modules' own tests). */
    private static Optional<String> configured(String key) {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException | java.util.ServiceConfigurationError none) {
            return Optional.empty();
        }
        return config.getOptionalValue(key, String.class).filter(text -> !text.isBlank());
    }

    private Map<RetentionKind, Setting> stored() {
        Map<RetentionKind, Setting> stored = new EnumMap<>(RetentionKind.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select kind, period, changed_by, changed_at from retention_setting");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                try {
                    RetentionKind kind = RetentionKind.valueOf(rows.getString(1));
                    stored.put(kind, new Setting(kind, Period.parse(rows.getString(2)), Source.ADMINISTRATOR, rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    // a row of an older version: ignored
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention_setting could not be read", e);
        }
        return stored;
    }
}
