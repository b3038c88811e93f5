package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Organisation(String name, int places) {
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void readsRecordComponentsAsProperties() {
        Object value = resolver.getValue(context, new Organisation("Elegast", 12), "name");

        assertThat(value).isEqualTo("Elegast");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, new Organisation("Arktos", 3), "address")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        Organisation organisation = new Organisation("Arktos", 3);

        assertThat(resolver.isReadOnly(context, organisation, "places")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, organisation, "places", 4))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
