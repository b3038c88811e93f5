package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.NETSTERK_KIEL;
import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE;
import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE_OFFER;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.LeadTimeStage;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferralView;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.RelatedCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports count what happened (issue 17, ADR 0046), on real PostgreSQL and on H2: a year of cases generated through
 * the module's own beans, each step at a known moment, with known distributions; every grouping, every lead-time
 * percentile, the partners' answers, the conferences' actions and the capacity gap are checked against figures this
 * test computes from what it generated, by its own code. Some cases fall just outside the year, so the period's edges
 * count too. After every case is erased, the reports give the same figures.
 */
class CaseReportsDatabaseTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<String> DISTRICTS = List.of("KIEL", "HOBOKEN", "BORGERHOUT", "DEURNE", "ANTWERPEN");
    private static final List<String> AREAS = List.of("ABSENTEEISM", "DROPOUT", "BEHAVIOUR", "WELLBEING", "HOME");
    private static final List<String> SECTORS = List.of("EDUCATION", "WELFARE");
    private static final int CASES = 150;
    private static final long DAY = 86_400;
    /** The acceptable wait the module is configured with in this test: 30 days. */
    private static final long ACCEPTABLE = 30 * DAY;
    private static final String OFFER_NAME = "Dagcentrum De Passage";
    private static final Set<OfferReferralStatus> ACCEPTED = EnumSet.of(OfferReferralStatus.ACCEPTED,
            OfferReferralStatus.STARTED, OfferReferralStatus.COMPLETED, OfferReferralStatus.STOPPED);
    private static final Set<OfferReferralStatus> STARTED = EnumSet.of(OfferReferralStatus.STARTED,
            OfferReferralStatus.COMPLETED, OfferReferralStatus.STOPPED);
    private static final List<String> GAP_ORDER = List.of("NO_FITTING_OFFER", "NO_CAPACITY", "WAITING_TOO_LONG", "WAITED");

    private final CaseWorkFixture module = new CaseWorkFixture();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final LocalDate today = LocalDate.ofInstant(now, BRUSSELS);

    /** What the test generated for one case: its own record of every moment and value. */
    private record Generated(UUID id, String reference, UUID contactPoint, Instant received, Set<String> areas,
                             String district, String sector, AgeBand band, SchoolStatus school, Urgency urgency,
                             CaseOutcome outcome, Instant analysed, Sent sent, Need need, Meeting meeting) {
    }

    private record Sent(Instant proposed, OfferReferralStatus status, String reason, Instant answered, Instant started) {
    }

    private record Need(String area, UnmetNeedReason reason, Integer weeks, Instant recorded) {
    }

    private record Meeting(LocalDateTime held, List<LocalDate> due, List<LocalDate> doneOn) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyReportMatchesAnIndependentCountOfAGeneratedYearAndStaysTheSameAfterErasure(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            LocalDate from = today.minusYears(2).withDayOfMonth(1);
            LocalDate until = from.plusYears(1);
            Random random = new Random(17);
            List<Generated> generated = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                generated.add(generate(emf, random, i, from));
            }
            ReportPeriod year = new ReportPeriod(from, until, null);
            ReportPeriod kiel = new ReportPeriod(from, until, NETSTERK_KIEL);
            assertThat(generated).as("the generated year reaches every report")
                    .anyMatch(g -> g.contactPoint().equals(NETSTERK_KIEL))
                    .anyMatch(g -> !g.contactPoint().equals(NETSTERK_KIEL))
                    .anyMatch(g -> g.received().isBefore(year.start()))
                    .anyMatch(g -> !g.received().isBefore(year.end()));

            Map<String, Object> before = new LinkedHashMap<>();
            for (ReportPeriod period : List.of(year, kiel)) {
                String name = period.contactPoint() == null ? "year" : "kiel";
                List<Generated> received = generated.stream().filter(g -> inPeriod(g.received(), period)
                        && (period.contactPoint() == null || period.contactPoint().equals(g.contactPoint()))).toList();
                assertThat(received).hasSizeGreaterThan(period.contactPoint() == null ? 100 : 10);
                for (ReportGrouping grouping : ReportGrouping.values()) {
                    List<GroupCount> counted = reports(emf).referrals(period, grouping);
                    assertThat(counted).as(name + " per " + grouping).isEqualTo(expected(received, grouping));
                    before.put(name + grouping, counted);
                }
                List<LeadTime> leadTimes = reports(emf).leadTimes(period);
                assertLeadTimes(leadTimes, received);
                before.put(name + "lead", leadTimes);

                List<Generated> proposed = generated.stream().filter(g -> g.sent() != null
                        && inPeriod(g.sent().proposed(), period)
                        && (period.contactPoint() == null || period.contactPoint().equals(g.contactPoint()))).toList();
                List<PartnerReferralCounts> partners = reports(emf).offerReferrals(period);
                assertPartners(partners, proposed);
                before.put(name + "partners", partners);

                ConferenceCounts conferences = reports(emf).conferences(period);
                assertThat(conferences).as(name + " conferences").isEqualTo(expectedConferences(generated, period));
                assertThat(conferences.conferences()).isPositive();
                before.put(name + "conferences", conferences);

                List<CapacityGapCase> lines = reports(emf).capacityGapCases(period);
                List<CapacityGapCase> expectedLines = expectedGapLines(generated, period);
                assertThat(lines).as(name + " capacity gap lines").hasSameSizeAs(expectedLines);
                for (int i = 0; i < lines.size(); i++) {
                    CapacityGapCase line = lines.get(i);
                    CapacityGapCase expectedLine = expectedLines.get(i);
                    assertThat(line).usingRecursiveComparison().ignoringFields("waitWeeks").isEqualTo(expectedLine);
                    assertClose(line.waitWeeks(), expectedLine.waitWeeks());
                }
                List<CapacityGapRow> gap = reports(emf).capacityGap(period);
                assertGap(gap, expectedLines, generated, period);
                before.put(name + "gap", gap);
                before.put(name + "gapLines", lines);
                if (period.contactPoint() == null) {
                    assertThat(gap).as("some group found an offer full").anyMatch(row -> !row.fullOffers().isEmpty());
                    assertThat(expectedLines).as("the gap has every reason")
                            .extracting(CapacityGapCase::why).containsAll(GAP_ORDER);
                    assertThat(gap.stream().mapToLong(CapacityGapRow::extraPlaces).sum())
                            .as("once per case and problem area, though some cases count for two reasons")
                            .isEqualTo(expectedLines.size())
                            .isLessThan(rawGapCount(generated, period));
                }
            }

            // the cases behind a theme: their problem areas and the offers they went to
            List<Generated> some = generated.subList(0, 20);
            RelatedCases related = reports(emf).related(some.stream().map(Generated::reference).toList());
            assertThat(related.cases()).isEqualTo(20);
            assertThat(related.perProblemArea()).isEqualTo(count(some.stream().flatMap(g -> g.areas().stream()).toList()));
            assertThat(related.perOffer()).isEqualTo(some.stream().anyMatch(g -> g.sent() != null)
                    ? Map.of(OFFER_NAME, some.stream().filter(g -> g.sent() != null).count()) : Map.of());

            // every case erased: the figures stay
            for (int from10 = 0; from10 < generated.size(); from10 += 10) {
                List<Generated> ten = generated.subList(from10, Math.min(from10 + 10, generated.size()));
                inTransaction(emf, (EntityManager em) -> {
                    ten.forEach(each -> module.as("admin").privacy(em)
                            .erase(each.id(), "Verzoek tot wissen via de ombudsdienst van de stad."));
                    return null;
                });
            }
            Map<String, Object> after = new LinkedHashMap<>();
            for (ReportPeriod period : List.of(year, kiel)) {
                String name = period.contactPoint() == null ? "year" : "kiel";
                for (ReportGrouping grouping : ReportGrouping.values()) {
                    after.put(name + grouping, reports(emf).referrals(period, grouping));
                }
                after.put(name + "lead", reports(emf).leadTimes(period));
                after.put(name + "partners", reports(emf).offerReferrals(period));
                after.put(name + "conferences", reports(emf).conferences(period));
                after.put(name + "gap", reports(emf).capacityGap(period));
                after.put(name + "gapLines", reports(emf).capacityGapCases(period));
            }
            assertThat(after).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPeriodMustEndAfterItStartsAndLastAtMostTenYears(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            LocalDate day = LocalDate.of(2026, 3, 1);
            assertThatThrownBy(() -> reports(emf).referrals(new ReportPeriod(day, day, null), ReportGrouping.MONTH))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).key())
                            .isEqualTo("referral.statistics.until-after-from"));
            assertThatThrownBy(() -> reports(emf).capacityGap(new ReportPeriod(day, day.plusYears(10).plusDays(1), null)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).key())
                            .isEqualTo("referral.reports.period-too-long"));
            assertThat(reports(emf).referrals(new ReportPeriod(day, day.plusYears(10), null), ReportGrouping.MONTH))
                    .as("ten years with no cases").isEmpty();
            assertThat(reports(emf).leadTimes(new ReportPeriod(day, day.plusDays(1), null)))
                    .extracting(LeadTime::stage, LeadTime::cases, LeadTime::medianDays)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LeadTimeStage.FIRST_ANALYSIS, 0L, null),
                            org.assertj.core.groups.Tuple.tuple(LeadTimeStage.REFERRAL, 0L, null),
                            org.assertj.core.groups.Tuple.tuple(LeadTimeStage.START, 0L, null));
        }
    }

    // --- generating ---------------------------------------------------------------------------------------------

    /** One case, every step at its own moment, in one transaction (the beans take the clock when they are made). */
    private Generated generate(EntityManagerFactory emf, Random random, int i, LocalDate from) {
        return inTransaction(emf, (EntityManager em) -> generate(em, random, i, from));
    }

    private Generated generate(EntityManager em, Random random, int i, LocalDate from) {
        // from 20 days before the year until 20 days after it; a time of day within the first 23 hours
        Instant received = at(from.minusDays(20).plusDays(random.nextInt(405)), random);
        LocalDate day = LocalDate.ofInstant(received, BRUSSELS);
        LocalDate born = day.minusYears(3 + random.nextInt(22)).minusDays(random.nextInt(365));
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        int area = random.nextInt(AREAS.size());
        Set<String> areas = random.nextInt(3) == 0
                ? new TreeSet<>(List.of(AREAS.get(area), AREAS.get((area + 1 + random.nextInt(AREAS.size() - 1)) % AREAS.size())))
                : Set.of(AREAS.get(area));
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        SchoolStatus school = SchoolStatus.values()[random.nextInt(SchoolStatus.values().length)];
        Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];

        module.clock = Clock.fixed(received, BRUSSELS);
        UUID id = module.as("professional").cases(em).submit(new Intake(
                "Aanmelder " + i, "School " + i, sector, "Leerkracht", "aanmelder" + i + "@example.org", "03 000 00 00",
                "Voornaam" + i, "Achternaam" + i, born, "2060", district, "School " + i, "3de jaar", school,
                "Vraag " + i, areas, null, urgency, false, false, null, null, null)).id();
        CaseDetail detail = module.as("coordinator").cases(em).open(id);
        AgeBand band = AgeBand.of(java.time.Period.between(born, day).getYears());

        if (random.nextInt(10) == 0) {
            return new Generated(id, detail.reference(), detail.contactPointId(), received, areas, district, sector, band,
                    school, urgency, null, null, null, null, null);
        }
        Instant analysed = received.plusSeconds(random.nextInt(14 * (int) DAY));
        detail = step(em, analysed, () -> module.as("coordinator").cases(em)
                .changeStatus(id, open(em, id), ReferralStatus.IN_ANALYSIS, null, null));
        int variant = random.nextInt(4);
        Sent sent = null;
        Need need = null;
        Meeting meeting = null;
        Instant last = analysed;
        if (variant == 0 || variant == 1 && random.nextBoolean()) {
            sent = refer(em, random, id, analysed.plusSeconds(random.nextInt(10 * (int) DAY)));
            last = latest(sent);
        }
        if (variant == 1 || variant == 0 && random.nextInt(3) == 0) {
            Instant recorded = last.plusSeconds(random.nextInt(5 * (int) DAY));
            String needArea = random.nextInt(3) == 0 ? AREAS.get(random.nextInt(AREAS.size()))
                    : areas.iterator().next();
            UnmetNeedReason reason = UnmetNeedReason.values()[random.nextInt(UnmetNeedReason.values().length)];
            Integer weeks = random.nextInt(5) == 0 ? null : random.nextInt(13);
            step(em, recorded, () -> module.as("coordinator").cases(em).recordUnmetNeed(id, open(em, id),
                    new UnmetNeedDraft(needArea, band, district, reason, weeks, null)));
            need = new Need(needArea, reason, weeks, recorded);
            last = recorded;
        }
        if (variant == 2) {
            Instant planned = analysed.plusSeconds(random.nextInt(10 * (int) DAY));
            meeting = meet(em, random, id, planned);
            last = meeting.doneOn().stream().filter(Objects::nonNull).map(d -> d.atTime(12, 0).atZone(BRUSSELS).toInstant())
                    .filter(planned::isBefore).max(Comparator.naturalOrder()).orElse(planned);
        }
        if (variant == 3) {
            step(em, analysed.plusSeconds(3600), () -> module.as("coordinator").cases(em)
                    .changeStatus(id, open(em, id), ReferralStatus.ADVICE, null, null));
            last = analysed.plusSeconds(3600);
        }
        CaseOutcome outcome = null;
        Instant closing = last.plusSeconds(DAY + random.nextInt(20 * (int) DAY));
        ReferralStatus status = module.as("coordinator").cases(em).open(id).status();
        if (random.nextInt(5) < 3 && status != ReferralStatus.IN_ANALYSIS && closing.isBefore(now)) {
            outcome = CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)];
            CaseOutcome closedWith = outcome;
            step(em, closing, () -> {
                ReferralCasesBean cases = module.as("coordinator").cases(em);
                CaseDetail followed = cases.changeStatus(id, open(em, id), ReferralStatus.FOLLOW_UP, null, null);
                return cases.changeStatus(id, followed.version(), ReferralStatus.CLOSED, closedWith, null);
            });
        }
        return new Generated(id, detail.reference(), detail.contactPointId(), received, areas, district, sector, band,
                school, urgency, outcome, analysed, sent, need, meeting);
    }

    /** Referred at {@code proposed}; answered, started and completed (or not) at known moments after that. */
    private Sent refer(EntityManager em, Random random, UUID id, Instant proposed) {
        CaseDetail referred = step(em, proposed, () -> {
            ReferralCasesBean cases = module.as("coordinator").cases(em);
            CaseDetail ground = cases.recordSharingGround(id, open(em, id), LegalGround.SHARED_PROFESSIONAL_SECRECY);
            return cases.refer(id, ground.version(), PASSAGE_OFFER);
        });
        OfferReferralView sent = referred.offerReferrals().get(0);
        if (random.nextInt(7) == 0) {
            return new Sent(proposed, OfferReferralStatus.PROPOSED, null, null, null);
        }
        Instant answered = proposed.plusSeconds(random.nextInt(8 * (int) DAY));
        boolean accept = random.nextInt(10) < 7;
        String reason = accept ? null : random.nextBoolean() ? "NO_CAPACITY" : "NOT_ELIGIBLE";
        OfferReferralView view = partnerAnswer(em, answered, sent.id(), sent.version(),
                accept ? OfferReferralStatus.ACCEPTED : OfferReferralStatus.DECLINED, reason);
        if (!accept) {
            return new Sent(proposed, OfferReferralStatus.DECLINED, reason, answered, null);
        }
        if (random.nextInt(5) == 0) {
            return new Sent(proposed, OfferReferralStatus.ACCEPTED, null, answered, null);
        }
        Instant started = answered.plusSeconds(random.nextInt(70 * (int) DAY));
        view = partnerAnswer(em, started, sent.id(), view.version(), OfferReferralStatus.STARTED, null);
        if (random.nextBoolean()) {
            return new Sent(proposed, OfferReferralStatus.STARTED, null, answered, started);
        }
        OfferReferralStatus end = random.nextInt(4) == 0 ? OfferReferralStatus.STOPPED : OfferReferralStatus.COMPLETED;
        partnerAnswer(em, started.plusSeconds(DAY), sent.id(), view.version(), end, null);
        return new Sent(proposed, end, null, answered, started);
    }

    private OfferReferralView partnerAnswer(EntityManager em, Instant at, UUID sent, int version,
                                            OfferReferralStatus to, String reason) {
        return step(em, at, () -> module.as("partner.depassage").offerReferrals(em)
                .answer(sent, version, to, reason, null)).referral();
    }

    /** A conference with one or two actions; some marked done before, on or after their due day. */
    private Meeting meet(EntityManager em, Random random, UUID id, Instant planned) {
        LocalDateTime held = LocalDateTime.ofInstant(planned, BRUSSELS).withSecond(0).withNano(0);
        List<LocalDate> due = new ArrayList<>();
        for (int a = 0; a < 1 + random.nextInt(2); a++) {
            due.add(held.toLocalDate().plusDays(7 + random.nextInt(14)));
        }
        ConferenceView conference = step(em, planned, () -> module.as("coordinator").conferences(em)
                .plan(id, open(em, id), draft(held, due, List.of())));
        List<LocalDate> doneOn = new ArrayList<>();
        for (LocalDate each : due) {
            LocalDate done = random.nextInt(4) == 0 ? null : each.plusDays(random.nextInt(15) - 7);
            doneOn.add(done != null && done.isAfter(today) ? null : done);
        }
        ConferenceView current = conference;
        // mark them done one by one, each on its own day (earliest first)
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < due.size(); a++) {
            if (doneOn.get(a) != null) {
                order.add(a);
            }
        }
        order.sort(Comparator.comparing(doneOn::get));
        List<Integer> doneSoFar = new ArrayList<>();
        for (int a : order) {
            doneSoFar.add(a);
            ConferenceView before = current;
            List<Integer> marked = List.copyOf(doneSoFar);
            current = step(em, doneOn.get(a).atTime(12, 0).atZone(BRUSSELS).toInstant(), () ->
                    module.as("coordinator").conferences(em).update(before.id(), before.version(), draft(held, due, marked)));
        }
        return new Meeting(held, due, doneOn);
    }

    private static ConferenceDraft draft(LocalDateTime held, List<LocalDate> due, List<Integer> done) {
        List<ConferenceAction> actions = new ArrayList<>();
        for (int a = 0; a < due.size(); a++) {
            actions.add(new ConferenceAction("Actie " + a, "Eigenaar " + a, null, due.get(a), done.contains(a)));
        }
        return new ConferenceDraft(held, "School, vergaderzaal", "Samen een plan", LegalGround.CASE_CONFERENCE_458TER,
                List.of(new ConferenceParticipant("Deelnemer", "School", "partner.depassage")), null, null, actions);
    }

    /** A step at its moment: the beans made in {@code work} take the fixture's clock, set to that moment. */
    private <T> T step(EntityManager em, Instant at, java.util.function.Supplier<T> work) {
        module.clock = Clock.fixed(at, BRUSSELS);
        em.flush();
        return work.get();
    }

    private int open(EntityManager em, UUID id) {
        return module.as("coordinator").cases(em).open(id).version();
    }

    private static Instant latest(Sent sent) {
        return sent.started() != null ? sent.started().plusSeconds(2 * DAY)
                : sent.answered() != null ? sent.answered() : sent.proposed();
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atStartOfDay(BRUSSELS).plusSeconds(random.nextInt(82_800)).toInstant();
    }

    // --- the independent count --------------------------------------------------------------------------------

    private static boolean inPeriod(Instant at, ReportPeriod period) {
        return !at.isBefore(period.start()) && at.isBefore(period.end());
    }

    private static List<GroupCount> expected(List<Generated> cases, ReportGrouping grouping) {
        List<String> keys = new ArrayList<>();
        for (Generated g : cases) {
            switch (grouping) {
                case MONTH -> keys.add(YearMonth.from(g.received().atZone(BRUSSELS)).toString());
                case PROBLEM_AREA -> keys.addAll(g.areas());
                case DISTRICT -> keys.add(g.district());
                case SECTOR -> keys.add(g.sector());
                case AGE_BAND -> keys.add(g.band().name());
                case SCHOOL_STATUS -> keys.add(g.school().name());
                case URGENCY -> keys.add(g.urgency().name());
                case OUTCOME -> keys.add(g.outcome() == null ? null : g.outcome().name());
            }
        }
        return count(keys.stream().filter(Objects::nonNull).toList()).entrySet().stream()
                .map(e -> new GroupCount(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Long> count(Collection<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    private static void assertLeadTimes(List<LeadTime> leadTimes, List<Generated> cases) {
        List<Long> analysis = new ArrayList<>();
        List<Long> referral = new ArrayList<>();
        List<Long> start = new ArrayList<>();
        for (Generated g : cases) {
            if (g.analysed() != null) {
                analysis.add(g.analysed().getEpochSecond() - g.received().getEpochSecond());
            }
            if (g.sent() != null) {
                referral.add(g.sent().proposed().getEpochSecond() - g.received().getEpochSecond());
                if (g.sent().started() != null) {
                    start.add(g.sent().started().getEpochSecond() - g.received().getEpochSecond());
                }
            }
        }
        assertThat(leadTimes).extracting(LeadTime::stage).containsExactly(LeadTimeStage.values());
        List<List<Long>> expected = List.of(analysis, referral, start);
        for (int i = 0; i < 3; i++) {
            LeadTime time = leadTimes.get(i);
            assertThat(time.cases()).as(time.stage().name()).isEqualTo(expected.get(i).size()).isPositive();
            assertClose(time.medianDays(), percentileDays(expected.get(i), 0.5));
            assertClose(time.p90Days(), percentileDays(expected.get(i), 0.9));
        }
    }

    private static void assertPartners(List<PartnerReferralCounts> partners, List<Generated> proposed) {
        List<Sent> sent = proposed.stream().map(Generated::sent).toList();
        assertThat(partners).hasSize(1);
        PartnerReferralCounts passage = partners.get(0);
        assertThat(passage.organisationId()).isEqualTo(PASSAGE);
        assertThat(passage.proposed()).isEqualTo(sent.size());
        assertThat(passage.accepted()).isEqualTo(sent.stream().filter(s -> ACCEPTED.contains(s.status())).count());
        assertThat(passage.declined()).isEqualTo(sent.stream().filter(s -> s.status() == OfferReferralStatus.DECLINED).count());
        assertThat(passage.declinedByReason()).isEqualTo(count(sent.stream()
                .filter(s -> s.status() == OfferReferralStatus.DECLINED).map(Sent::reason).toList()));
        assertThat(passage.started()).isEqualTo(sent.stream().filter(s -> STARTED.contains(s.status())).count());
        assertThat(passage.completed()).isEqualTo(sent.stream().filter(s -> s.status() == OfferReferralStatus.COMPLETED).count());
        assertClose(passage.medianReplyDays(), percentileDays(sent.stream().filter(s -> s.answered() != null)
                .map(s -> s.answered().getEpochSecond() - s.proposed().getEpochSecond()).toList(), 0.5));
    }

    private ConferenceCounts expectedConferences(List<Generated> cases, ReportPeriod period) {
        long conferences = 0;
        long actions = 0;
        long done = 0;
        long onTime = 0;
        long overdue = 0;
        long open = 0;
        for (Generated g : cases) {
            Meeting m = g.meeting();
            if (m == null || m.held().isBefore(period.from().atStartOfDay()) || !m.held().isBefore(period.until().atStartOfDay())
                    || period.contactPoint() != null && !period.contactPoint().equals(g.contactPoint())) {
                continue;
            }
            conferences++;
            for (int a = 0; a < m.due().size(); a++) {
                actions++;
                LocalDate doneOn = m.doneOn().get(a);
                if (doneOn != null) {
                    done++;
                    onTime += doneOn.isAfter(m.due().get(a)) ? 0 : 1;
                } else if (m.due().get(a).isBefore(today)) {
                    overdue++;
                } else {
                    open++;
                }
            }
        }
        return new ConferenceCounts(conferences, actions, done, onTime, overdue, open);
    }

    /** The capacity gap's definition, as ADR 0046 writes it, applied by this test to what it generated. */
    private List<CapacityGapCase> expectedGapLines(List<Generated> cases, ReportPeriod period) {
        Map<List<String>, CapacityGapCase> lines = new HashMap<>();
        for (Generated g : cases) {
            if (period.contactPoint() != null && !period.contactPoint().equals(g.contactPoint())) {
                continue;
            }
            Need need = g.need();
            if (need != null && inPeriod(need.recorded(), period) && (need.reason() == UnmetNeedReason.NO_FITTING_OFFER
                    || need.reason() == UnmetNeedReason.NO_CAPACITY || need.reason() == UnmetNeedReason.WAITING_TOO_LONG
                    && (need.weeks() == null || need.weeks() * 7 * DAY > ACCEPTABLE))) {
                merge(lines, new CapacityGapCase(g.reference(), need.area(), g.band(), g.district(), need.reason().name(),
                        need.weeks() == null ? null : need.weeks().doubleValue()));
            }
            Sent sent = g.sent();
            if (sent != null && inPeriod(sent.proposed(), period)) {
                Instant until = sent.started() != null ? sent.started()
                        : sent.status() == OfferReferralStatus.PROPOSED || sent.status() == OfferReferralStatus.ACCEPTED ? now : null;
                if (until != null && until.getEpochSecond() - sent.proposed().getEpochSecond() > ACCEPTABLE) {
                    for (String area : g.areas()) {
                        merge(lines, new CapacityGapCase(g.reference(), area, g.band(), g.district(), "WAITED",
                                (until.getEpochSecond() - sent.proposed().getEpochSecond()) / (7d * DAY)));
                    }
                }
            }
        }
        return lines.values().stream().sorted(Comparator.comparing(CapacityGapCase::problemArea)
                .thenComparing(CapacityGapCase::ageBand).thenComparing(CapacityGapCase::district)
                .thenComparing(CapacityGapCase::reference)).toList();
    }

    private static void merge(Map<List<String>, CapacityGapCase> lines, CapacityGapCase line) {
        lines.merge(List.of(line.reference(), line.problemArea()), line, (a, b) -> new CapacityGapCase(a.reference(),
                a.problemArea(), a.ageBand(), a.district(),
                GAP_ORDER.indexOf(a.why()) <= GAP_ORDER.indexOf(b.why()) ? a.why() : b.why(),
                a.waitWeeks() == null ? b.waitWeeks() : b.waitWeeks() == null ? a.waitWeeks() : Math.max(a.waitWeeks(), b.waitWeeks())));
    }

    /** How many (case, reason) pairs would count without counting each case and problem area once. */
    private long rawGapCount(List<Generated> cases, ReportPeriod period) {
        long raw = 0;
        for (Generated g : cases) {
            List<CapacityGapCase> one = expectedGapLines(List.of(g), period);
            boolean needCounts = one.stream().anyMatch(line -> !line.why().equals("WAITED"));
            boolean waitCounts = g.sent() != null && inPeriod(g.sent().proposed(), period) && expectedGapLines(List.of(
                    new Generated(g.id(), g.reference(), g.contactPoint(), g.received(), g.areas(), g.district(), g.sector(),
                            g.band(), g.school(), g.urgency(), g.outcome(), g.analysed(), g.sent(), null, null)), period).size() > 0;
            raw += (needCounts ? 1 : 0) + (waitCounts ? g.areas().size() : 0);
        }
        return raw;
    }

    private void assertGap(List<CapacityGapRow> gap, List<CapacityGapCase> lines, List<Generated> cases, ReportPeriod period) {
        Map<List<Object>, List<CapacityGapCase>> groups = new LinkedHashMap<>();
        for (CapacityGapCase line : lines) {
            groups.computeIfAbsent(java.util.Arrays.asList(line.problemArea(), line.ageBand(), line.district()),
                    k -> new ArrayList<>()).add(line);
        }
        assertThat(gap).hasSize(groups.size());
        int i = 0;
        for (Map.Entry<List<Object>, List<CapacityGapCase>> group : groups.entrySet()) {
            CapacityGapRow row = gap.get(i++);
            assertThat(java.util.Arrays.asList(row.problemArea(), row.ageBand(), row.district())).isEqualTo(group.getKey());
            assertThat(row.extraPlaces()).isEqualTo(group.getValue().size());
            List<Long> waits = group.getValue().stream().map(CapacityGapCase::waitWeeks).filter(Objects::nonNull)
                    .map(w -> Math.round(w * 7 * DAY)).toList();
            assertClose(row.medianWaitWeeks() == null ? null : row.medianWaitWeeks() * 7,
                    percentileDays(waits, 0.5));
            Set<String> full = new TreeSet<>();
            for (Generated g : cases) {
                if (g.sent() != null && inPeriod(g.sent().proposed(), period) && "NO_CAPACITY".equals(g.sent().reason())
                        && (period.contactPoint() == null || period.contactPoint().equals(g.contactPoint()))
                        && g.band() == row.ageBand() && g.district().equals(row.district())
                        && g.areas().contains(row.problemArea())) {
                    full.add(OFFER_NAME);
                }
            }
            assertThat(row.fullOffers()).as("full offers of " + group.getKey()).containsExactlyElementsOf(full);
        }
    }

    /** The continuous percentile (as SQL's percentile_cont) of durations in seconds, in days; null for none. */
    private static Double percentileDays(List<Long> seconds, double fraction) {
        if (seconds.isEmpty()) {
            return null;
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double value = sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
        return value / DAY;
    }

    private static void assertClose(Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull().isCloseTo(expected, within(1e-6));
        }
    }

    // --- the module -------------------------------------------------------------------------------------------

    private CaseReportsBean reports(EntityManagerFactory emf) {
        return new Object() {
            CaseReportsBean over(EntityManager em) {
                CaseReportsBean bean = new CaseReportsBean();
                bean.em = em;
                bean.clock = Clock.fixed(now, BRUSSELS);
                bean.acceptableWait = "P30D";
                return bean;
            }
        }.over(emf.createEntityManager());
    }

    private EntityManagerFactory database(TestDatabase kind) {
        DataSource ds = kind.migrated("referral", false);
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(ds, false);
        RetentionPeriods periods = new RetentionPeriods(ds);
        for (RetentionKind each : RetentionKind.values()) {
            if (each.configurable()) {
                periods.change(each, each.defaultPeriod(), "admin", now);
            }
        }
        module.dataSource = ds;
        return TestDatabase.persistenceUnit("referral", ds);
    }
}
