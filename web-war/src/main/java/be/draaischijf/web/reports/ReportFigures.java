package be.draaischijf.web.reports;

import be.draaischijf.network.api.SignalStatistics;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.referral.api.CaseReports;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.training.api.TrainingStatistics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a report's figures from the modules' report contracts, each counted by its module's database (ADR 0046):
 * the cases' figures for a period and contact point, the signals' and the trainings' for the same period (those two
 * for the whole network: signals and sessions belong to no contact point). Periods here run from {@code from} up to and
 * including {@code to}, as people say them ("1 januari tot 31 december"); the modules get the day after {@code to}
 * as their exclusive end.
 */
@RequestScoped
public class ReportFigures {

    public static final ZoneId BRUSSELS = ReportPeriod.BRUSSELS;

    /** The longest period a report covers, in years. */
    public static final int LONGEST_YEARS = 10;

    /** The longest text an annual report takes from the coordinator, in characters. */
    public static final int LONGEST_TEXT = 4000;

    @EJB
    CaseReports cases;

    @EJB
    TrainingStatistics trainings;

    @EJB
    SignalStatistics signals;

    @EJB
    ReferenceLists referenceLists;

    @EJB
    ContactPoints contactPoints;

    private ReportLists lists;
    private List<ContactPointView> points;

    /** The last twelve whole months before {@code today}: the period a report shows first. */
    public static LocalDate[] lastTwelveMonths(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return new LocalDate[] {thisMonth.minusMonths(12), thisMonth.minusDays(1)};
    }

    /** Whether a period is longer than a report covers. */
    public static boolean tooLong(LocalDate from, LocalDate to) {
        return to.isAfter(from.plusYears(LONGEST_YEARS).minusDays(1));
    }

    public static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    /** The modules' period: {@code to} is the last day counted, so their (exclusive) end is the day after it. */
    public static ReportPeriod period(LocalDate from, LocalDate to, UUID contactPoint) {
        return new ReportPeriod(from, to.plusDays(1), contactPoint);
    }

    /** Every figure of the period, from every module. */
    public ReportData read(LocalDate from, LocalDate to, UUID contactPoint) {
        ReportPeriod period = period(from, to, contactPoint);
        Map<ReportGrouping, List<GroupCount>> referrals = new EnumMap<>(ReportGrouping.class);
        for (ReportGrouping grouping : ReportGrouping.values()) {
            referrals.put(grouping, cases.referrals(period, grouping));
        }
        return new ReportData(from, to, contactPoint, contactPointName(contactPoint), referrals, cases.leadTimes(period),
                cases.offerReferrals(period), cases.conferences(period), cases.capacityGap(period),
                cases.capacityGapCases(period), signals.perTheme(from, to.plusDays(1)),
                trainings.count(from, to.plusDays(1)), cases.acceptableWait());
    }

    /** The reports' words in this language, with the reference lists' labels (read once per request). */
    public ReportTexts texts(Locale language) {
        return ReportTexts.in(language, lists());
    }

    public ReportLists lists() {
        if (lists == null) {
            lists = new ReportLists(referenceLists.items(ReferenceList.PROBLEM_AREA),
                    referenceLists.items(ReferenceList.DISTRICT), referenceLists.items(ReferenceList.SECTOR),
                    referenceLists.items(ReferenceList.DECLINE_REASON), signalThemes());
        }
        return lists;
    }

    /**
     * The signal themes' list, once the partner module has it (issue 17 adds it beside this page); until then, none:
     * a theme's code then reads as itself, made readable.
     */
    private List<ReferenceItem> signalThemes() {
        Optional<ReferenceList> themes = ReferenceList.of("signal-themes").or(() -> ReferenceList.of("SIGNAL_THEME"));
        return themes.map(referenceLists::items).orElse(List.of());
    }

    /** Every contact point, the city-wide one first. */
    public List<ContactPointView> contactPoints() {
        if (points == null) {
            points = contactPoints.list();
        }
        return points;
    }

    /** The contact point with this id, if there is one. */
    public Optional<ContactPointView> contactPoint(UUID id) {
        return id == null ? Optional.empty() : contactPoints().stream().filter(point -> point.id().equals(id)).findFirst();
    }

    /** Its name, or none for the whole network (null) or an unknown id. */
    public String contactPointName(UUID id) {
        return contactPoint(id).map(ContactPointView::name).orElse(null);
    }

    /** The modules' own report contract, for the REST API's answers of one kind. */
    public CaseReports cases() {
        return cases;
    }

    public TrainingStatistics trainings() {
        return trainings;
    }

    public SignalStatistics signals() {
        return signals;
    }
}
