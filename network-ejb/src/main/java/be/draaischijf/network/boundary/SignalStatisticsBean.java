package be.draaischijf.network.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.network.api.SignalStatistics;
import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.network.control.SignalCounts;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.metrics.ReportDurations;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;

/**
 * The signals' figures for the reports (coordinators and administrators), counted by the database: one grouped query
 * per theme over the period's signals. A signal keeps no personal data, so nothing here changes with retention.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Interceptors(ParameterValidation.class)
public class SignalStatisticsBean implements SignalStatistics {

    @Inject
    SignalCounts counts;

    @Override
    @Interceptors(ReportDurations.class)
    public List<ThemeCount> perTheme(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            throw new Invalid(FieldError.of("until", "network.statistics.until-after-from"));
        }
        return counts.perTheme(from, until);
    }
}
