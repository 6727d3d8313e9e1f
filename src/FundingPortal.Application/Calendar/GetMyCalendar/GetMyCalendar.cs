using FundingPortal.Application.Abstractions;

namespace FundingPortal.Application.Calendar.GetMyCalendar;

/// <summary>The signed-in caller's deadlines (<see cref="CalendarDeadlines"/>).</summary>
public sealed class GetMyCalendar(CalendarDeadlines deadlines, ICurrentUser currentUser)
{
    public Task<OwnerCalendar> Handle(CancellationToken ct) =>
        deadlines.For(new CalendarOwner(currentUser.UserId, currentUser.Roles, currentUser.OrganisationId, currentUser.FunderId), ct);
}
