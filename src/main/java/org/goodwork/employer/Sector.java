package org.goodwork.employer;

/** The sections of the UK Standard Industrial Classification (SIC 2007), by their letter. */
public enum Sector {
    A("Agriculture, forestry and fishing"),
    B("Mining and quarrying"),
    C("Manufacturing"),
    D("Electricity, gas, steam and air conditioning supply"),
    E("Water supply, sewerage and waste management"),
    F("Construction"),
    G("Wholesale and retail trade, and repair of motor vehicles"),
    H("Transport and storage"),
    I("Accommodation and food services"),
    J("Information and communication"),
    K("Financial and insurance activities"),
    L("Real estate activities"),
    M("Professional, scientific and technical activities"),
    N("Administrative and support services"),
    O("Public administration and defence"),
    P("Education"),
    Q("Health and social work"),
    R("Arts, entertainment and recreation"),
    S("Other service activities"),
    T("Households as employers"),
    U("Extraterritorial organisations and bodies");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
