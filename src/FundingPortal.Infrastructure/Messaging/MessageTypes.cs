using System.Collections.Concurrent;
using FundingPortal.Contracts;

namespace FundingPortal.Infrastructure.Messaging;

/// <summary>Resolves stored type names to message types, from the Contracts assembly only (never an arbitrary type).</summary>
public static class MessageTypes
{
    private static readonly System.Reflection.Assembly Contracts = typeof(ProposalSubmitted).Assembly;
    private static readonly ConcurrentDictionary<string, Type?> Cache = new(StringComparer.Ordinal);

    public static Type? Resolve(string fullName) =>
        Cache.GetOrAdd(fullName, name => Contracts.GetType(name, throwOnError: false) is { IsClass: true, IsAbstract: false } type ? type : null);

    /// <summary>"urn:message:FundingPortal.Contracts:ProposalSubmitted" (MassTransit's envelope) → "FundingPortal.Contracts.ProposalSubmitted".</summary>
    public static string FromMessageUrn(string urn)
    {
        const string prefix = "urn:message:";
        var name = urn.StartsWith(prefix, StringComparison.Ordinal) ? urn[prefix.Length..] : urn;
        return name.Replace(':', '.');
    }
}
