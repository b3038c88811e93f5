package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import java.util.Locale;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterValidationTest {

    /** Constraints on the interface, as in a module API; the bean implements it without repeating them. */
    interface Directory {
        String page(@Min(value = 1, message = "{draaischijf.min}") @Max(500) int size);

        long count();
    }

    static class DirectoryBean implements Directory {
        @Override
        public String page(int size) {
            return "page of " + size;
        }

        @Override
        public long count() {
            return 12;
        }
    }

    private final ParameterValidation validation = new ParameterValidation();

    ParameterValidationTest() {
        validation.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aValidCallProceeds() throws Exception {
        assertThat(validation.validate(call("page", 20))).isEqualTo("page of 20");
    }

    @Test
    void aConstraintDeclaredOnTheApiInterfaceStopsTheCallWithItsKeyAndValues() {
        assertThatThrownBy(() -> validation.validate(call("page", 0)))
                .isInstanceOfSatisfying(Invalid.class, refused -> assertThat(refused.errors()).containsExactly(
                        new FieldError("size", "draaischijf.min", Map.of("value", 1L))));
    }

    @Test
    void theKeyReadsAsASentenceInDutchAndInEnglish() {
        FieldError error = new FieldError("size", "draaischijf.min", Map.of("value", 1L));

        assertThat(Texts.sentence(Texts.in(Locale.forLanguageTag("nl")).of(error))).isEqualTo("Moet minstens 1 zijn.");
        assertThat(Texts.sentence(Texts.in(Locale.ENGLISH).of(error))).isEqualTo("Must be at least 1.");
        assertThat(Texts.in(Locale.FRENCH).of(error)).as("Dutch for every other language").isEqualTo("moet minstens 1 zijn");
    }

    @Test
    void methodsWithoutParametersProceedEvenWhenTheContainerPassesNoArray() throws Exception {
        assertThat(validation.validate(call("count", (Object[]) null))).isEqualTo(12L);
    }

    private static InvocationContext call(String name, Object... parameters) throws NoSuchMethodException {
        DirectoryBean target = new DirectoryBean();
        Method method = parameters == null || parameters.length == 0
                ? DirectoryBean.class.getMethod(name) : DirectoryBean.class.getMethod(name, int.class);
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return parameters;
            }

            @Override
            public void setParameters(Object[] params) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }

            @Override
            public Object proceed() throws Exception {
                return method.invoke(target, parameters == null ? new Object[0] : parameters);
            }
        };
    }
}
