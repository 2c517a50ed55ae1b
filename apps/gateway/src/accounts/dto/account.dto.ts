import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '@alliance/contracts';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** An admin creates an account; a `member_rep` may be bound to its organisation now or when it applies. */
export class CreateAccountBody {
  /** Lower-case letters, digits, `.`, `_`, `-`; 3–64 characters. */
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: '$property must be 3-64 lower-case letters, digits, ".", "_" or "-"',
  })
  username!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @IsIn(ROLES)
  role!: Role;

  /** Only for `member_rep`. */
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

/** What an admin may change: enable or disable, role, the represented organisation, the password. */
export class UpdateAccountBody {
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** `null` unbinds a representative. */
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  organisationId?: string | null;

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class LoginBody {
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** The owner replaces its own password, proving the current one (a temporary one at first login). */
export class ChangePasswordBody {
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
