import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Replays as stored, or with a corrected event envelope (for a letter that can never apply as sent). */
export class ReplayDeadLetterBody {
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;
}

/** A discarded dead letter is kept with this reason, who discarded it and when. */
export class DiscardDeadLetterBody {
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(1000)
  reason!: string;
}
