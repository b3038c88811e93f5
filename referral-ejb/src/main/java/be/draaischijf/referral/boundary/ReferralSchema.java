package be.draaischijf.referral.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.RunMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Migrates the referral module's schema at deployment. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferralSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "draaischijf.demo")
    Optional<String> demoSetting;

    @Inject
    @ConfigProperty(name = "draaischijf.db.url")
    String databaseUrl;

    @PostConstruct
    void migrate() {
        new ModuleSchema("referral", ReferralSchema.class.getClassLoader())
                .migrate(dataSource, RunMode.isDemo(demoSetting, databaseUrl));
    }
}
