package be.draaischijf.web.pages.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.RegistrationClosed;
import be.draaischijf.training.api.SessionBusy;
import be.draaischijf.training.api.TransitionNotAllowed;
import be.draaischijf.training.api.UnknownRegistration;
import be.draaischijf.web.training.TrainingRefusals;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

/** What the registration form and the other training pages make of the module's refusals. */
class TrainingRefusalsTest {

    @Test
    void aRushAsksToTryAgainAlsoWhenTheContainerWrappedTheModulesAnswer() {
        assertThat(TrainingRefusals.bundleKey(new SessionBusy("het is nu erg druk"))).isEqualTo("training.busy");
        assertThat(TrainingRefusals.bundleKey(new EJBException(new SessionBusy("het is nu erg druk")))).isEqualTo("training.busy");
        assertThat(TrainingRefusals.isBusy(new EJBException(new IllegalStateException("boom")))).isFalse();
    }

    @Test
    void refusalsThatCarryAnIdGetABundleTextAndTheOthersTheModulesSentence() {
        assertThat(TrainingRefusals.bundleKey(new UnknownRegistration("geen inschrijving 5f0c0b8e-0000-0000-0000-000000000000")))
                .isEqualTo("training.unknownRegistration");
        assertThat(TrainingRefusals.bundleKey(new EJBException(new UnknownRegistration("geen inschrijving x"))))
                .isEqualTo("training.unknownRegistration");
        assertThat(TrainingRefusals.bundleKey(new RegistrationClosed(RegistrationClosed.Reason.CLOSED, "afgesloten")))
                .isEqualTo("registrationClosed.CLOSED");
        assertThat(TrainingRefusals.bundleKey(new TransitionNotAllowed("alleen een ontwerp kan je publiceren"))).isNull();
        assertThat(TrainingRefusals.bundleKey(new IllegalStateException("boom"))).isNull();
    }
}
