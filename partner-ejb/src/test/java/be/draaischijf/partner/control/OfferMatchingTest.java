package be.draaischijf.partner.control;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.MatchReason;
import be.draaischijf.partner.api.MatchReason.Code;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferMatchingTest {

    private static final MatchRequest KIEL_15_ABSENTEEISM =
            new MatchRequest(15, "KIEL", Set.of("ABSENTEEISM"), "nl");

    @Test
    void anOfferOutsideTheAgeRangeCannotTakeTheYoungPerson() {
        OfferView forChildren = offer("Kinderwerking").ages(6, 12).build();

        assertThat(OfferMatching.canTake(forChildren, KIEL_15_ABSENTEEISM)).isFalse();
        assertThat(OfferMatching.rank(KIEL_15_ABSENTEEISM, List.of(forChildren), 10)).isEmpty();
    }

    @Test
    void anOfferInAnotherDistrictCannotTakeTheYoungPersonButACityWideOneCan() {
        OfferView hoboken = offer("Hoboken").districts("HOBOKEN").build();
        OfferView cityWide = offer("Stadsbreed").cityWide().build();

        assertThat(OfferMatching.canTake(hoboken, KIEL_15_ABSENTEEISM)).isFalse();
        assertThat(OfferMatching.canTake(cityWide, KIEL_15_ABSENTEEISM)).isTrue();
    }

    @Test
    void anOfferForOtherProblemAreasIsNoCandidate() {
        OfferView housing = offer("Wonen").cityWide().problemAreas("HOUSING").build();

        assertThat(OfferMatching.canTake(housing, KIEL_15_ABSENTEEISM)).isFalse();
    }

    @Test
    void aLocalOfferWithoutWaitingRanksAboveACityWideOneWithAWaitingList() {
        OfferView local = offer("Lokaal").districts("KIEL").waiting(0).build();
        OfferView cityWide = offer("Stadsbreed").cityWide().waiting(6).build();

        List<OfferMatch> ranked = OfferMatching.rank(KIEL_15_ABSENTEEISM, List.of(cityWide, local), 10);

        assertThat(ranked).extracting(m -> m.offer().name()).containsExactly("Lokaal", "Stadsbreed");
        assertThat(ranked.get(0).reasons()).contains(new MatchReason(Code.DISTRICT, "KIEL"),
                MatchReason.of(Code.NO_WAITING), MatchReason.of(Code.AGE_FITS));
        assertThat(ranked.get(1).reasons()).contains(MatchReason.of(Code.CITY_WIDE),
                new MatchReason(Code.WAITING_WEEKS, "6"));
    }

    @Test
    void anOfferWithoutCapacityIsShownLastAndSaysSo() {
        OfferView full = offer("Vol").cityWide().capacity(0).build();
        OfferView free = offer("Vrij").cityWide().waiting(8).build();

        List<OfferMatch> ranked = OfferMatching.rank(KIEL_15_ABSENTEEISM, List.of(full, free), 10);

        assertThat(ranked).extracting(m -> m.offer().name()).containsExactly("Vrij", "Vol");
        assertThat(ranked.get(1).reasons()).contains(MatchReason.of(Code.NO_CAPACITY));
    }

    @Test
    void coveringMoreOfTheRequestedProblemAreasScoresHigher() {
        MatchRequest twoAreas = new MatchRequest(15, null, Set.of("ABSENTEEISM", "HOME"), null);
        OfferView both = offer("Beide").cityWide().problemAreas("ABSENTEEISM", "HOME").build();
        OfferView one = offer("Een").cityWide().problemAreas("ABSENTEEISM").build();

        List<OfferMatch> ranked = OfferMatching.rank(twoAreas, List.of(one, both), 10);

        assertThat(ranked).extracting(m -> m.offer().name()).containsExactly("Beide", "Een");
        assertThat(ranked.get(0).reasons()).contains(new MatchReason(Code.PROBLEM_AREAS, "ABSENTEEISM,HOME"));
    }

    @Test
    void aLanguageThatIsNotOfferedCostsPoints() {
        MatchRequest arabic = new MatchRequest(15, null, Set.of("ABSENTEEISM"), "ar");
        OfferView dutchOnly = offer("Nederlands").cityWide().languages("nl").build();
        OfferView arabicToo = offer("Arabisch").cityWide().languages("nl", "ar").build();

        List<OfferMatch> ranked = OfferMatching.rank(arabic, List.of(dutchOnly, arabicToo), 10);

        assertThat(ranked).extracting(m -> m.offer().name()).containsExactly("Arabisch", "Nederlands");
        assertThat(ranked.get(1).reasons()).contains(new MatchReason(Code.LANGUAGE_NOT_OFFERED, "ar"));
    }

    @Test
    void equalScoresGoToTheShorterWaitThenByName() {
        OfferView b = offer("B").cityWide().waiting(1).capacity(5).build();
        OfferView a = offer("A").cityWide().waiting(1).capacity(5).build();

        assertThat(OfferMatching.rank(KIEL_15_ABSENTEEISM, List.of(b, a), 10))
                .extracting(m -> m.offer().name()).containsExactly("A", "B");
    }

    @Test
    void theLimitIsRespected() {
        List<OfferView> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> offer("Aanbod " + i).cityWide().build()).toList();

        assertThat(OfferMatching.rank(KIEL_15_ABSENTEEISM, many, 5)).hasSize(5);
    }

    private static Builder offer(String name) {
        return new Builder(name);
    }

    private static final class Builder {
        private final String name;
        private int min = 12;
        private int max = 18;
        private boolean cityWide;
        private Set<String> districts = Set.of();
        private Set<String> areas = Set.of("ABSENTEEISM");
        private Set<String> languages = Set.of("nl");
        private Integer capacity = 10;
        private Integer waiting = 0;

        Builder(String name) {
            this.name = name;
        }

        Builder ages(int min, int max) {
            this.min = min;
            this.max = max;
            return this;
        }

        Builder cityWide() {
            this.cityWide = true;
            return this;
        }

        Builder districts(String... codes) {
            this.districts = Set.of(codes);
            return this;
        }

        Builder problemAreas(String... codes) {
            this.areas = Set.of(codes);
            return this;
        }

        Builder languages(String... codes) {
            this.languages = Set.of(codes);
            return this;
        }

        Builder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        Builder waiting(int weeks) {
            this.waiting = weeks;
            return this;
        }

        OfferView build() {
            return new OfferView(UUID.randomUUID(), UUID.randomUUID(), "Organisatie", "WELFARE", name, "",
                    OfferKind.INDIVIDUAL_GUIDANCE, min, max, Access.REFERRAL, cityWide, districts, areas, languages,
                    capacity, waiting, "", "", LocalDate.now(), "x", false, true);
        }
    }
}
