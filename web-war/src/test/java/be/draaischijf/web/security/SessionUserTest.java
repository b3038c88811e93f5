package be.draaischijf.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The login travels with the session to another cluster member only if it serializes whole. */
class SessionUserTest {

    @Test
    void survivesSerializationAsASessionReplicaWould() throws Exception {
        SessionUser user = new SessionUser("partner.elegast", "Demo medewerker Elegast",
                new HashSet<>(Set.of("PARTNER")), UUID.randomUUID(), 3);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isEqualTo(user);
        assertThat(((SessionUser) copy).groups()).containsExactly("PARTNER");
    }

    @Test
    void groupsCannotBeChangedAfterLogin() {
        Set<String> groups = new HashSet<>(Set.of("PROFESSIONAL"));
        SessionUser user = new SessionUser("professional", "Demo", groups, null, 0);
        groups.add("ADMIN");

        assertThat(user.groups()).containsExactly("PROFESSIONAL");
    }
}
