from gammainfra_metering.domain.months import bounds, month_key, month_of, months_from, next_month, partition_name


def test_month_of_reads_the_validated_timestamp():
    assert month_of("2026-11-30T23:59:59.999Z") == (2026, 11)
    assert month_of("2026-12-01T00:00:00Z") == (2026, 12)


def test_month_arithmetic_wraps_the_year():
    assert next_month((2026, 12)) == (2027, 1)
    assert months_from((2026, 11), 4) == [(2026, 11), (2026, 12), (2027, 1), (2027, 2)]


def test_partition_bounds_are_explicit_utc_and_half_open():
    assert bounds((2026, 11)) == ("2026-11-01 00:00:00+00", "2026-12-01 00:00:00+00")
    assert bounds((2026, 12)) == ("2026-12-01 00:00:00+00", "2027-01-01 00:00:00+00")
    assert partition_name("request_log", (2019, 2)) == "request_log_p2019_02"
    assert month_key((2026, 3)) == "202603"
