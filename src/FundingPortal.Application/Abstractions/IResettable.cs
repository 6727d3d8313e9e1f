namespace FundingPortal.Application.Abstractions;

/// <summary>A unit-of-work helper holding per-attempt state that must be forgotten before a retry.</summary>
public interface IResettable
{
    void Reset();
}
