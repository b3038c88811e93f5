package be.draaischijf.systemtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules, checked on the compiled classes of every module (imported from their build
 * folders, so that this module needs no compile dependency on any *-ejb).
 */
class ArchitectureTest {

    static final List<String> MODULES = List.of("platform", "platform-ejb", "identity-api", "identity-ejb", "partner-api",
            "partner-ejb", "referral-api", "referral-ejb", "training-api", "training-ejb", "network-api",
            "network-ejb", "web-war");

    static final List<String> BUSINESS_MODULES = List.of("identity", "partner", "referral", "training", "network");

    static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        Path root = Path.of(System.getProperty("project.root", ".."));
        List<Path> folders = MODULES.stream()
                .map(module -> root.resolve(module).resolve("target/classes"))
                .toList();
        folders.forEach(folder -> assertThat(folder).as("build the modules first").isDirectory());
        classes = new ClassFileImporter().importPaths(folders);
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("be.draaischijf")).count())
                .as("classes imported").isGreaterThan(40);
    }

    @Test
    void entitiesStayInsideTheirOwnModule() {
        for (String module : BUSINESS_MODULES) {
            noClasses().that().resideOutsideOfPackage("be.draaischijf." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("be.draaischijf." + module + ".entity..")
                    .because("entities never leave their module; others use the " + module + " API")
                    .check(classes);
        }
    }

    @Test
    void modulesTalkOnlyThroughEachOthersApi() {
        for (String module : BUSINESS_MODULES) {
            noClasses().that().resideOutsideOfPackage("be.draaischijf." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "be.draaischijf." + module + ".boundary..", "be.draaischijf." + module + ".control..")
                    .check(classes);
        }
    }

    @Test
    void apiJarsDependOnNoImplementation() {
        noClasses().that().resideInAnyPackage("be.draaischijf.identity.api..", "be.draaischijf.partner.api..",
                        "be.draaischijf.referral.api..", "be.draaischijf.training.api..",
                        "be.draaischijf.network.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..entity..",
                        "be.draaischijf.web..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void theWebModuleHasNoEntityManager() {
        noClasses().that().resideInAPackage("be.draaischijf.web..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void transactionsBelongToBoundaryEjbsOnly() {
        noClasses().that().resideOutsideOfPackage("..boundary..")
                .should().beAnnotatedWith(Stateless.class)
                .orShould().beAnnotatedWith(Singleton.class)
                .orShould().beAnnotatedWith(TransactionManagement.class)
                .orShould().beAnnotatedWith(Transactional.class)
                .check(classes);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.UserTransaction")
                .check(classes);
    }

    @Test
    void entityManagersAreUsedOnlyInBoundariesAndTheirControlClasses() {
        noClasses().that().resideInAPackage("be.draaischijf..").and().resideOutsideOfPackages("..boundary..", "..control..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void persistenceHelpersAreInjectedNotStatic() {
        List<String> statics = classes.stream().filter(c -> c.getPackageName().startsWith("be.draaischijf"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .filter(m -> m.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(EntityManager.class)))
                .map(com.tngtech.archunit.core.domain.JavaMethod::getFullName).toList();
        assertThat(statics).as("static methods that take an EntityManager: make them an injectable control class")
                .isEmpty();
    }

    @Test
    void everyBoundaryBeanValidatesTheParametersItsApiDeclares() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("..boundary..").and().areAnnotatedWith(Stateless.class)
                .and().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a module API interface",
                        (com.tngtech.archunit.core.domain.JavaClass type) -> type.getPackageName().endsWith(".api")))
                .should().beAnnotatedWith(jakarta.interceptor.Interceptors.class)
                .because("the API's Bean Validation constraints are only checked by ParameterValidation (ADR 0009)")
                .check(classes);
    }

    @Test
    void noImplManagerUtilOrHelperNames() {
        noClasses().that().resideInAPackage("be.draaischijf..")
                .should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Helper")
                .check(classes);
    }

    @Test
    void everyPackageStatesItsIntent() {
        Path root = Path.of(System.getProperty("project.root", ".."));
        classes.stream()
                .filter(c -> c.getPackageName().startsWith("be.draaischijf"))
                .map(c -> c.getPackageName())
                .distinct()
                .forEach(pkg -> assertThat(MODULES.stream()
                        .anyMatch(m -> Files.exists(root.resolve(m).resolve("src/main/java")
                                .resolve(pkg.replace('.', '/')).resolve("package-info.java"))))
                        .as("package-info.java for " + pkg).isTrue());
    }

    @Test
    void entitiesNeverDependOnControlOrBoundary() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .because("an entity keeps its own rules; control and boundary use entities, not the other way round")
                .check(classes);
    }

    @Test
    void apiJarsHoldOnlyInterfacesRecordsEnumsAndExceptions() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAnyPackage("be.draaischijf.identity.api..", "be.draaischijf.partner.api..",
                        "be.draaischijf.referral.api..", "be.draaischijf.training.api..",
                        "be.draaischijf.network.api..")
                .and().doNotHaveSimpleName("package-info")
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(
                        com.tngtech.archunit.base.DescribedPredicate.describe("an interface, record, enum or exception",
                                (com.tngtech.archunit.core.domain.JavaClass type) -> type.isInterface() || type.isRecord()
                                        || type.isEnum() || type.isAssignableTo(Throwable.class)
                                        // nested in one of those (a record's builder, an interface's own type)
                                        || type.getEnclosingClass().isPresent())))
                .check(classes);
    }

    @Test
    void noModuleKeepsAccountsOfItsOwnOrReachesIntoTheIdentityModule() {
        noClasses().that().resideOutsideOfPackage("be.draaischijf.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("be.draaischijf.identity.boundary..",
                        "be.draaischijf.identity.control..", "be.draaischijf.identity.entity..")
                .check(classes);
        noClasses().that().resideInAnyPackage("be.draaischijf.partner..", "be.draaischijf.referral..",
                        "be.draaischijf.training..", "be.draaischijf.network..")
                .should().haveSimpleNameContaining("Account")
                .because("accounts are the identity module's (ADR 0021)")
                .check(classes);
    }

    @Test
    void everyBoundaryBeanDeclaresWhoMayCallIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("..boundary..").and().areAnnotatedWith(Stateless.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .because("the container checks the caller's role (ADR 0022)")
                .check(classes);
    }

    @Test
    void noOperationTakesTheCallersName() {
        // a parameter (not a local variable, not a record's component such as an audit entry's actor)
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                "[(,]\\s*(@\\w+(\\([^)]*\\))?\\s+)*(final\\s+)?String\\s+(actor|editor|caller)\\s*[,)]");
        java.util.List<Path> scanned = new java.util.ArrayList<>();
        MessageKeysTest.sources()
                .filter(source -> source.toString().contains("/api/") || source.toString().contains("/boundary/"))
                .forEach(source -> {
                    scanned.add(source);
                    String code = MessageKeysTest.read(source).replaceAll("(?s)public record \\w+\\(.*?\\)\\s*(implements [\\w, ]+)?\\{", "");
                    assertThat(name.matcher(code).find())
                            .as(source + ": the caller comes from the container (ADR 0022), never as an argument").isFalse();
                });
        assertThat(scanned).as("API and boundary sources").hasSizeGreaterThan(80);
    }
}
