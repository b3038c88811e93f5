package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoopbackDomainTest {

    private static final String DOMAIN = """
            <hazelcast-runtime-configuration start-port="5900" das-port="4900"></hazelcast-runtime-configuration>
            <network-listener port="28080" protocol="http-listener-1" name="http-listener-1"></network-listener>
            <network-listener address="0.0.0.0" port="${HTTP_LISTENER_PORT}" name="http-listener-1" />
            <iiop-listener address="0.0.0.0" port="28037" id="orb-listener-1" />
            <jms-service type="EMBEDDED" default-jms-host="default_JMS_host">
            <jvm-options>-Xmx512m</jvm-options>
            """;

    @Test
    void everyListenerAndTheDataGridBindToLoopbackOnly() {
        String xml = LoopbackDomain.bindToLoopback(DOMAIN);

        assertThat(xml).doesNotContain("0.0.0.0");
        assertThat(xml).contains("<network-listener address=\"127.0.0.1\" port=\"28080\"");
        assertThat(xml).contains("interface=\"127.0.0.1\"").contains("das-bind-address=\"127.0.0.1\"");
        assertThat(xml).contains("-Dhazelcast.socket.bind.any=false");
        assertThat(xml).contains("<jms-service type=\"DISABLED\"");
        assertThat(xml.split("address=\"127.0.0.1\"", -1)).hasSize(5);
    }
}
