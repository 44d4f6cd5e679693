"""Cases: needs and their lifecycle, case codes, plans, referrals and consent (plain domain code)."""
