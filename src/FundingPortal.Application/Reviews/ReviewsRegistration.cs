using FundingPortal.Application.Labelling;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reminders;
using FundingPortal.Application.Reviews.Access;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Reviewing;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application.Reviews;

public static class ReviewsRegistration
{
    /// <summary>Experts, conflicts of interest, assignments, reviews, evaluation, ranking and the labelling decision.</summary>
    public static IServiceCollection AddReviewsAndLabelling(this IServiceCollection services)
    {
        services.AddScoped<ConcurrencyRetry>();
        services.AddScoped<ConflictProfiles>();
        services.AddScoped<ConflictedProposals>();
        services.AddScoped<CallExperts>();
        services.AddScoped<IProposalRelationSource, AssignedExpertRelation>();
        services.AddScoped<IProposalListFilter, AssignedProposalsFilter>();

        services.AddScoped<CreateExpert>();
        services.AddScoped<DeclareConflict>();
        services.AddScoped<ExpertQueries>();

        services.AddScoped<AssignmentPlanner>();
        services.AddScoped<AssignmentRecorder>();
        services.AddScoped<SlotRefiller>();
        services.AddScoped<OwnAssignments>();
        services.AddScoped<AutoAssign>();
        services.AddScoped<AssignExpert>();
        services.AddScoped<RemoveAssignment>();
        services.AddScoped<RespondToAssignment>();
        services.AddScoped<AssignmentQueries>();

        services.AddScoped<ReviewWriting>();
        services.AddScoped<EvaluationRefresher>();
        services.AddScoped<EvaluationBuilder>();
        services.AddScoped<GetEvaluation>();
        services.AddScoped<CallRanking>();
        services.AddScoped<IPendingReviews, PendingReviewsQuery>();

        services.AddScoped<DecideLabelling>();
        services.AddScoped<LabellingDocuments>();
        return services;
    }
}
