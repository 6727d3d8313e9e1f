using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Operations.ListParkedMessages;

/// <summary>A manager looks at the failed messages, all of them or those in one status.</summary>
public sealed class ListParkedMessages(IParkedMessages parked)
{
    public async Task<Result<IReadOnlyList<ParkedMessageResponse>>> Handle(string? status, CancellationToken ct)
    {
        ParkedMessageStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<ParkedMessageStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Error.Field("status", "invalid_status", $"Unknown status; use one of {string.Join(", ", Enum.GetNames<ParkedMessageStatus>())}.");
            }

            filter = parsed;
        }

        return Result<IReadOnlyList<ParkedMessageResponse>>.Success(await parked.ListAsync(filter, ct));
    }
}
