using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.GetAuditionSlot;

public sealed record AuditionSlotDto(Guid SessionId, InstantDto StartsAt, InstantDto EndsAt, string Location);

/// <summary>The dossier's audition before a committee session still to be held, for its consortium and managers; null when it has none.</summary>
public sealed class GetAuditionSlot(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<AuditionSlotDto?>> Handle(Guid proposalId, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(proposalId, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var slot = await (from session in db.CommitteeSessions.AsNoTracking()
                          where session.Status == CommitteeSessionStatus.Scheduled
                          from item in session.Agenda
                          where item.ProposalId == proposalId
                          select new { session.Id, item.AuditionStartsAt, item.AuditionEndsAt, session.StartsAt.TimeZone, session.Location })
            .FirstOrDefaultAsync(ct);
        if (slot is null)
        {
            return Result<AuditionSlotDto?>.Success(null);
        }

        return new AuditionSlotDto(slot.Id, Local(slot.AuditionStartsAt), Local(slot.AuditionEndsAt), slot.Location);

        InstantDto Local(DateTimeOffset utc) => new(ParisTime.ToLocal(utc, slot.TimeZone), slot.TimeZone, utc);
    }
}
