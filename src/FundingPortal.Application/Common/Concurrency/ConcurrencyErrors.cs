using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Concurrency;

/// <summary>The one answer to a lost race at the database: another writer committed the same rows first.</summary>
public static class ConcurrencyErrors
{
    public const string ConcurrentUpdateCode = "concurrent_update";

    public static Error ConcurrentUpdate { get; } =
        Error.Conflict(ConcurrentUpdateCode, "Someone else changed the same data at the same time. Try again.");

    public static bool IsConcurrentUpdate(this Error error) => error.Code == ConcurrentUpdateCode;
}
