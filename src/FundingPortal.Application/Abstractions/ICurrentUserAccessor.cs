namespace FundingPortal.Application.Abstractions;

/// <summary>The acting user when there is one (HTTP requests), null in background work.</summary>
public interface ICurrentUserAccessor
{
    Guid? UserIdOrNull { get; }
}
