package io.tsunagu.testing;

/** The demo users of keycloak/tsunagu-realm.json; each one's password is their user name. */
public final class DemoUsers {

    /** Staff, Tokyo store: mountaineering 5, camping 3; ja, en. */
    public static final String AOI = "aoi";
    /** Staff, Osaka store: trail running 4, townwear 4; ja. */
    public static final String REN = "ren";
    /** Staff, Sapporo store: skiing 5, mountaineering 2; ja, en, zh. */
    public static final String HANA = "hana";
    /** Manager. */
    public static final String SORA = "sora";
    /** Administrator. */
    public static final String MEI = "mei";

    private DemoUsers() {
    }
}
