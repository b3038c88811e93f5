package be.draaischijf.platform.security;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The caller of the EJB that is running, from its {@code EJBContext}: the principal the web module's login
 * mechanism gave the container, and the roles mapped from the caller's groups. Outside an EJB call, and in
 * timers, nobody is calling.
 */
@ApplicationScoped
public class ContainerCaller implements Caller {

    private static final String ANONYMOUS = "ANONYMOUS";

    @Override
    public Optional<String> name() {
        return context().map(EJBContext::getCallerPrincipal).map(Principal::getName)
                .filter(name -> !name.isBlank() && !ANONYMOUS.equals(name));
    }

    @Override
    public boolean isInRole(String role) {
        return name().isPresent() && context().map(context -> context.isCallerInRole(role)).orElse(false);
    }

    private static Optional<EJBContext> context() {
        try {
            return Optional.of((EJBContext) new InitialContext().lookup("java:comp/EJBContext"));
        } catch (NamingException | IllegalStateException | ClassCastException notInAnEjb) {
            return Optional.empty();
        }
    }
}
