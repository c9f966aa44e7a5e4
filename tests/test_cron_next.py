"""cron_next.py against croniter itself: the same validity and the same next runs.

cron_next reads the usual five-field shapes so that checking and placing a recurring task
costs no croniter import (~40 ms); whatever it does not read goes to croniter. These tests
generate expressions (ours, croniter's quirks and garbage) and start times in fixed offsets
(what schedule.py hands both), and require identical answers.
"""

from datetime import datetime, timedelta, timezone

import pytest
from croniter import CroniterBadDateError, croniter
from hypothesis import given, settings
from hypothesis import strategies as st

from task_runner import cron_next
from task_runner.errors import UserError
from task_runner.schedule import check_cron, next_cron_time

NAMES = {3: ("jan", "Feb", "MAR", "apr", "may", "Jun", "jul", "aug", "sep", "OCT", "nov", "dec"),
         4: ("sun", "MON", "tue", "Wed", "thu", "fri", "SAT")}
LIMITS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))
ZONES = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)),
         timezone(timedelta(hours=13, minutes=45)), timezone(timedelta(hours=-3, minutes=-30))]
QUIRKS = ["5-5", "0-3", "5-2", "fri-mon", "7/2", "0/5", "5-7", "0-7", "1-7/2", "*,1", "?", "l", "15w", "2#3", "l5",
          "h", "h/5", "r", "x", "", "-1", "1-", "*/", "*/0", "1/0", "60", "24", "32", "13", "8", "1-2-3", "01", "007",
          "*/05", "mon-7", "sun-sat", "jan-dec/5"]


def spelled(field: int, number: int):
    """A value as a number or, in the month and day fields, sometimes its name."""
    names = NAMES.get(field)
    if not names:
        return st.just(str(number))
    return st.sampled_from([str(number), names[number - LIMITS[field][0]]])


def part(field: int):
    """One of our shapes: a, a-b (a < b), a-b/n, */n, a/n; 7 only alone, in the day-of-week field."""
    low, high = LIMITS[field]
    step = st.integers(1, high + 3).map(str)
    one = st.integers(low, high).flatmap(lambda n: spelled(field, n))
    if field == 4:
        one = st.one_of(one, st.just("7"))
    ends = st.tuples(st.integers(low, high - 1), st.integers(1, high - low)).map(
        lambda pair: (pair[0], min(high, pair[0] + pair[1])))
    ranged = ends.flatmap(lambda pair: st.tuples(spelled(field, pair[0]), spelled(field, pair[1])).map("-".join))
    return st.one_of(
        step.map(lambda n: f"*/{n}"),
        one,
        ranged,
        st.tuples(ranged, step).map("/".join),
        st.tuples(st.integers(low, high).flatmap(lambda n: spelled(field, n)), step).map("/".join),
    )


def field(index: int, quirks: bool):
    parts = st.one_of(part(index), st.sampled_from(QUIRKS)) if quirks else part(index)
    return st.one_of(st.just("*"), st.lists(parts, min_size=1, max_size=3).map(",".join))


def expressions(quirks: bool):
    return st.tuples(*(field(index, quirks) for index in range(5))).map(" ".join)


STARTS = st.builds(lambda moment, zone: moment.replace(tzinfo=zone),
                   st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31)),
                   st.sampled_from(ZONES))


def croniter_next(expression: str, start: datetime) -> datetime | None:
    try:
        return croniter(expression, start).get_next(datetime)
    except CroniterBadDateError:
        return None


def same_runs(expression: str, start: datetime, runs: int = 3) -> None:
    ours, theirs = start, start
    for _ in range(runs):
        ours, theirs = cron_next.next_time(expression, ours), croniter_next(expression, theirs)
        assert ours == theirs, (expression, start, ours, theirs)
        if ours is None:
            return
        assert ours.tzinfo is start.tzinfo and ours.utcoffset() == theirs.utcoffset(), (expression, start)


@settings(max_examples=600, deadline=None)
@given(expressions(quirks=False), STARTS)
def test_the_next_runs_are_croniters(expression, start):
    assert cron_next.read(expression) is not None, expression
    assert croniter.is_valid(expression), expression
    same_runs(expression, start)


@settings(max_examples=600, deadline=None)
@given(expressions(quirks=True), STARTS)
def test_what_we_read_croniter_reads_the_same_and_the_rest_goes_to_croniter(expression, start):
    valid = croniter.is_valid(expression)
    if cron_next.read(expression) is not None:
        assert valid, expression
        same_runs(expression, start, runs=2)
    try:
        checked = check_cron(expression)
    except UserError:
        checked = None
    assert (checked is not None) == valid, expression
    if valid:
        assert checked == expression
        if "r" in expression.split():
            return  # croniter's "R" is a random value: each croniter reads it anew
        local = start.astimezone(timezone(timedelta(hours=2)))
        assert_same_as_croniter(expression, local)


def assert_same_as_croniter(expression: str, moment: datetime) -> None:
    from task_runner.timeutil import local_tz

    local = moment.astimezone(local_tz())
    try:
        theirs = croniter(expression, local).get_next(datetime)
    except CroniterBadDateError:
        with pytest.raises(CroniterBadDateError):
            next_cron_time(expression, moment)
        return
    assert next_cron_time(expression, moment) == theirs


@pytest.mark.parametrize("expression", [
    "0 9 * * 1", "30 8 * * 1-5", "0 9,21 * * *", "0 9 * * 1,4", "*/15 * * * *", "0 */2 * * *", "0 9 1 * *",
    "0 0 29 2 *", "0 0 13 * 5", "0 0 1-31 * 1", "0 0 5 * */1", "0 0 */1 * 1", "0 0 31 * *", "59/15 * * * *",
    "0 12 * jan-mar/2 MON-fri", "0 0 * * 7", "5 4 31 4,6 *", "0 0 30 2 mon",
])
def test_common_and_quirky_shapes(expression):
    assert cron_next.read(expression) is not None
    for start in (datetime(2026, 12, 31, 23, 59, 30, tzinfo=timezone.utc),
                  datetime(2028, 2, 28, 9, 0, tzinfo=ZONES[1]), datetime(2099, 11, 30, 12, 0, tzinfo=ZONES[2])):
        same_runs(expression, start, runs=6)


@pytest.mark.parametrize("expression", ["0 0 L * *", "0 9 * * 1#2", "0 0 15W * *", "0 0 ? * 1", "0 9 * * fri-mon",
                                        "0 0 5-5 * *", "0 0 * * 5-7"])
def test_other_shapes_are_left_to_croniter(expression):
    assert cron_next.read(expression) is None and croniter.is_valid(expression)
    moment = datetime(2026, 3, 14, 15, 9, 26, tzinfo=timezone.utc)
    assert_same_as_croniter(expression, moment)


def test_no_run_ever_is_croniters_error():
    assert cron_next.next_time("0 0 30 2 *", datetime(2026, 1, 1, tzinfo=timezone.utc)) is None
    with pytest.raises(CroniterBadDateError):
        next_cron_time("0 0 30 2 *", datetime(2026, 1, 1, tzinfo=timezone.utc))


def test_a_zone_with_daylight_saving_is_left_to_croniter():
    from zoneinfo import ZoneInfo

    assert cron_next.next_time("0 9 * * *", datetime(2026, 3, 29, 1, 0, tzinfo=ZoneInfo("Europe/Paris"))) is None


def test_an_intake_of_a_recurring_item_imports_no_croniter(cli):
    cli("setup")
    done = cli("intake", "task: every Monday at 9am email Bob the weekly report",
               env={"PYTHONPROFILEIMPORTTIME": "1", "TASK_RUNNER_WORKER": "agent"})
    assert "every Monday 09:00" in done.stdout
    task = cli.queue()["tasks"][0]
    assert task["schedule"]["cron"] == "0 9 * * 1" and task["schedule"]["not_before"]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "task_runner" in imported and not {"croniter", "dateutil"} & imported
