package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductHeadersTest {

    private static final String DOMAIN = """
            <http-service access-logging-enabled="false">
            <protocol name="http-listener-1">
              <http max-connections="250" default-virtual-server="server">
                <file-cache></file-cache>
              </http>
            </protocol>
            <protocol security-enabled="true" name="http-listener-2">
              <http max-connections="250" default-virtual-server="server">
            </protocol>
            <protocol name="admin-listener">
              <http encoded-slash-enabled="true" max-connections="250" default-virtual-server="__asadmin">
            </protocol>
            <protocol name="http-listener-3">
              <http xpowered-by="true" server-header="true" default-virtual-server="server">
            </protocol>
            <config name="server-config"><java-config debug-enabled="false"><jvm-options>-Xmx512m</jvm-options></java-config></config>
            <config name="default-config"><java-config debug-enabled="false"><jvm-options>-Xmx512m</jvm-options></java-config></config>
            """;

    @Test
    void noListenerNamesTheServer() {
        String xml = ProductHeaders.off(DOMAIN);

        assertThat(xml.split("xpowered-by=\"false\"", -1)).hasSize(4);
        assertThat(xml.split("server-header=\"false\"", -1)).hasSize(4);
        assertThat(xml).contains("<http-service access-logging-enabled=\"false\">")
                .contains("<http server-header=\"false\" xpowered-by=\"false\" max-connections=\"250\" default-virtual-server=\"server\">")
                .as("a setting made by hand is left as it is")
                .contains("<http xpowered-by=\"true\" server-header=\"true\" default-virtual-server=\"server\">");
        assertThat(xml).as("the server's own error pages leave out the product name")
                .contains("<jvm-options>-Xmx512m</jvm-options><jvm-options>-Dproduct.name=</jvm-options></java-config></config>\n"
                        + "<config name=\"default-config\"><java-config debug-enabled=\"false\"><jvm-options>-Xmx512m</jvm-options></java-config>");
        assertThat(ProductHeaders.off(xml)).as("twice is once").isEqualTo(xml);
    }
}
