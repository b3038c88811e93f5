package be.draaischijf.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the application's database answers within two seconds. Never throws: a pool that cannot hand out a connection
 * (the database is away, every connection stays busy for the pool's maximum wait) is a "no".
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
