using System.Collections;
using System.Reflection;

namespace FundingPortal.ArchitectureTests;

/// <summary>Aggregates guard their state: nothing outside the domain changes it but through its methods.</summary>
public sealed class DomainModelTests
{
    private static readonly Assembly Domain = typeof(FundingPortal.Domain.Common.Entity).Assembly;

    /// <summary>
    /// Byte arrays are file contents (an attachment, a rendered PDF), written once; the assignment network's arrays are
    /// the solver's working memory, rebuilt for each run and read in its hot loop.
    /// </summary>
    private static readonly HashSet<string> MutableByDesign =
    [
        "AttachmentContent.Bytes", "DocumentContent.Bytes",
        "AssignmentNetwork.Proposals", "AssignmentNetwork.Experts", "AssignmentNetwork.Weight", "AssignmentNetwork.EligibleExperts",
    ];

    [Fact]
    public void Domain_entities_expose_no_public_setters()
    {
        var offenders = DomainTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.SetMethod?.IsPublic == true && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Domain_collections_are_exposed_read_only()
    {
        var offenders = DomainTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => IsMutableCollection(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name}"))
            .Where(name => !MutableByDesign.Contains(name))
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> DomainTypes() =>
        Domain.GetTypes().Where(t => t.IsClass && t.Namespace?.StartsWith("FundingPortal.Domain", StringComparison.Ordinal) == true);

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || typeof(IList).IsAssignableFrom(type)
        || typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(ICollection<>) || d == typeof(IList<>) || d == typeof(IDictionary<,>) || d == typeof(ISet<>)));
}
