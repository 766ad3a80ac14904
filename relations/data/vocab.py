"""The allowed values of the data contract: vocabularies, units, id patterns. Pure constants."""

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COUNTRIES = ["Russia", "Laos"]
SOURCE_KINDS = ["official_statistics", "government", "press", "analysis", "reference"]
QUOTE_LANGUAGES = ["en", "ru", "de", "lo"]
# Who published a quote's English: the speaker's government (Kremlin, MFA) or the press.
ENGLISH_KINDS = ["official", "press"]
# Scripts that are never English: a title written in them needs an English gloss.
NOT_ENGLISH_SCRIPT = r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u0e80-\u0eff]"
PRECISIONS = ["day", "month", "year"]
CATEGORIES = [
    "diplomacy",
    "economy",
    "security",
    "education",
    "culture",
    "infrastructure",
    "humanitarian",
]
TOPICS = [
    "trade",
    "tourism",
    "history",
    "security",
    "education",
    "infrastructure",
    "finance",
    "asean",
    "demining",
    "energy",
    "health",
    "culture",
    "diplomacy",
    "debt",
    "logistics",
    "brics",
]
TRADE_STATUSES = ["reported", "imf_estimate", "derived", "published_total"]
TRADE_QUALIFIERS = ["exact", "about", "over", "almost", "under"]
VISITOR_QUALIFIERS = ["exact", "about", "at_least", "over"]
CLAIM_QUALIFIERS = ["exact", "about", "over", "almost", "under"]
EDUCATION_MEASURES = [
    "russian_government_scholarships",
    "rossotrudnichestvo_scholarships",
    "lao_students_departing_bachelor",
    "lao_students_departing_master",
    "lao_students_in_russia",
    "lao_students_at_tomsk_state_university",
    "lao_educated_in_russia_cumulative",
    "lao_students_to_soviet_universities_cumulative",
    "institutions_teaching_russian",
]
INDICATOR_UNITS = {
    "population": "persons",
    "gdp_current_usd": "usd",
    "real_gdp_growth_pct": "pct",
    "kip_per_usd": "lak_per_usd",
}
INDICATOR_SERIES = ["wb_wdi", "wb_eau_2007", "cia_wfb", "trading_economics", "imf_ifs"]
CLAIM_METRICS = {
    "trade_turnover_usd_m": "usd_m",
    "trade_turnover_growth_pct": "pct",
    "russian_visitors_to_laos": "persons",
    "laos_population": "persons",
    "laos_real_gdp_growth_pct": "pct",
    "lao_educated_in_russia_cumulative": "persons",
    "lao_students_in_russia": "persons",
    "demined_area_ha": "hectares",
    "years_of_diplomatic_relations": "years",
    "years_since_friendship_treaty": "years",
    "us_bombs_dropped_on_laos": "bombs",
    "lao_killed_in_bombing": "persons",
    "visa_free_stay_days": "days",
}
# The dataset each metric's claims are checked against (claims.verdict), or None: while that
# file is broken, such a claim says it cannot be checked instead of getting a verdict.
CLAIM_EVIDENCE: dict[str, str | None] = {
    "trade_turnover_usd_m": "trade",
    "trade_turnover_growth_pct": "trade",
    "russian_visitors_to_laos": "tourism",
    "laos_population": "indicators",
    "laos_real_gdp_growth_pct": "indicators",
    "lao_educated_in_russia_cumulative": "education",
    "lao_students_in_russia": "education",
    "demined_area_ha": None,
    "years_of_diplomatic_relations": "timeline",
    "years_since_friendship_treaty": "timeline",
    "us_bombs_dropped_on_laos": None,
    "lao_killed_in_bombing": None,
    "visa_free_stay_days": "timeline",
}
