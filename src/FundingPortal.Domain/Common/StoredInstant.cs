namespace FundingPortal.Domain.Common;

/// <summary>
/// An instant as PostgreSQL keeps it: to the microsecond, in UTC. What is answered at once (a submit's receipt, a seal,
/// an audit entry's hash) then says the same instant as what is read back later.
/// </summary>
public static class StoredInstant
{
    public static DateTimeOffset Of(DateTimeOffset value) => new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);
}
